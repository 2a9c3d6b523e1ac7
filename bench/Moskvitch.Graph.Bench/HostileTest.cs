using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Moskvitch.Graph.Tests.Http;

namespace Moskvitch.Graph.Bench;

/// <summary>
/// Hostile documents against the service (its default limits, the per-client budgets raised so that every request
/// reaches validation): first the time each shape of <see cref="HostileDocuments"/> takes on one connection, made new
/// for every request by a comment so that the document cache cannot answer; then the memory that 10,000 such requests
/// leave behind, mixed with look-ups of ever new selections, read from /proc before, during and after.
/// </summary>
public static class HostileTest
{
    private static readonly string[] ModelFields =
    [
        "name", "slug", "code", "designation", "brand", "generation", "series", "bodyType", "layout", "yearFrom", "yearTo",
        "plannedStartYear", "inProductionAsOf", "isMoskvitch", "status", "description", "topSpeedKmh", "payloadKg",
        "unitsBuilt", "unitsBuiltQualifier", "unitsExported", "fuelConsumptionMinL100km", "fuelConsumptionMaxL100km",
        "aliases", "disputed", "maker { name }", "maker { slug country }", "parentModel { name }",
    ];

    public static async Task<int> RunAsync(BenchOptions options, BenchDatabase database, string dll, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        var shapes = HostileDocuments.All();
        Console.WriteLine($"Hostile documents: {shapes.Count} shapes, then {options.HostileRequests:N0} mixed requests at {options.HostileConnections} connections");
        var environment = new Dictionary<string, string>(options.ServiceEnvironment)
        {
            ["RateLimits__RequestsPerWindow"] = "1000000000",
            ["RateLimits__PointsPerWindow"] = "1000000000",
        };
        await using var service = await ServiceProcess.StartAsync(dll, database, raiseRateLimits: false, Path.Combine(options.ResultsDirectory, "service-hostile.log.tmp"), cancellationToken, environment);
        var graphql = new Uri(service.Address, "/graphql");
        using var client = Targets.Client(Math.Max(1, options.HostileConnections));
        var unique = 0L;
        byte[] Body(string document) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            query = $"# {Interlocked.Increment(ref unique)}\n{document}",
            operationName = document.StartsWith("query q ", StringComparison.Ordinal) ? "q" : null,
        }));

        // Warm the service (JIT) with every shape and a few look-ups.
        foreach (var (_, document) in shapes)
        {
            await Targets.PostAsync(client, graphql, Body(document), cancellationToken);
        }

        var start = service.Memory();

        // Time per shape: one connection, each request a new document.
        var timings = new List<(string Shape, int Status, string Codes, double P50, double Max)>();
        foreach (var (name, document) in shapes)
        {
            var times = new List<double>();
            Targets.Response last = default!;
            for (var i = 0; i < options.HostileRepeats; i++)
            {
                last = await Targets.PostAsync(client, graphql, Body(document), cancellationToken);
                times.Add(last.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            timings.Add((name, last.Status, Codes(last.Body), times[times.Count / 2], times[^1]));
        }

        // Memory: mixed hostile requests and look-ups of new selections, RSS sampled every 200 ms.
        var afterTiming = service.Memory();
        service.ResetPeakMemory();
        var random = new Random(options.Seed);
        var statuses = new ConcurrentDictionary<int, long>();
        var samples = new ConcurrentBag<double>();
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                samples.Add(service.Memory().Rss);
                await Task.Delay(200, CancellationToken.None);
            }
        }, CancellationToken.None);
        var documents = new BlockingCollection<string>(boundedCapacity: 1_000);
        var producer = Task.Run(() =>
        {
            for (var i = 0; i < options.HostileRequests; i++)
            {
                documents.Add(options.HostileSelectionEvery > 0 && i % options.HostileSelectionEvery == options.HostileSelectionEvery - 1 ? NewSelection(random) : shapes[i % shapes.Count].Document, cancellationToken);
            }

            documents.CompleteAdding();
        }, cancellationToken);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Math.Max(1, options.HostileConnections)).Select(_ => Task.Run(async () =>
        {
            foreach (var document in documents.GetConsumingEnumerable(cancellationToken))
            {
                var response = await Targets.PostAsync(client, graphql, Body(document), cancellationToken);
                statuses.AddOrUpdate(response.Status, 1, (_, n) => n + 1);
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(workers.Append(producer));
        var seconds = clock.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        var end = service.Memory();
        Console.WriteLine($"  {options.HostileRequests:N0} requests in {seconds:F1} s; RSS {end.Rss:F0} MB, idling {options.HostileIdleSeconds} s");
        await Task.Delay(TimeSpan.FromSeconds(options.HostileIdleSeconds), cancellationToken);
        var idle = service.Memory();
        var normal = await Targets.PostAsync(client, graphql, Encoding.UTF8.GetBytes("""{"query":"{ model(slug: \"moskvitch-412\") { name } }"}"""), cancellationToken);

        var s = new StringBuilder();
        s.AppendLine(c, $"# Hostile documents: {options.Scale:N0} models, {shapes.Count} shapes, {options.HostileRequests:N0} mixed requests");
        s.AppendLine();
        s.AppendLine(c, $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC. The service with its default limits and the per-client budgets raised; every request a new document (a comment numbers it), so none is answered from the document cache.{(options.ServiceEnvironment.Count > 0 ? " Service environment: " + string.Join(", ", options.ServiceEnvironment.Select(kv => $"`{kv.Key}={kv.Value}`")) + "." : "")}");
        s.AppendLine();
        s.AppendLine(c, $"## Time per shape ({options.HostileRepeats} requests each, one connection, client-side on loopback)");
        s.AppendLine();
        s.AppendLine("| shape | status | codes | p50 ms | max ms |");
        s.AppendLine("|---|---:|---|---:|---:|");
        foreach (var t in timings)
        {
            s.AppendLine(c, $"| {t.Shape} | {t.Status} | {t.Codes} | {t.P50:F1} | {t.Max:F1} |");
        }

        var slowest = timings.MaxBy(t => t.P50);
        s.AppendLine();
        s.AppendLine(c, $"Slowest shape at the median: {slowest.Shape}, {slowest.P50:F1} ms (target ≤ 50 ms: **{(slowest.P50 <= 50 ? "met" : "missed")}**).");
        s.AppendLine();
        s.AppendLine("## Memory");
        s.AppendLine();
        s.AppendLine(c, $"{options.HostileRequests:N0} requests at {options.HostileConnections} connections in {seconds:F1} s: every shape in turn{(options.HostileSelectionEvery > 0 ? $", and every {options.HostileSelectionEvery}th request a look-up selecting a new random set of a model's fields" : "")}. Statuses: {string.Join(", ", statuses.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} × {kv.Value:N0}"))}.");
        s.AppendLine();
        s.AppendLine("| when | RSS MB |");
        s.AppendLine("|---|---:|");
        s.AppendLine(c, $"| after warm-up | {start.Rss:F0} |");
        s.AppendLine(c, $"| after the timing step | {afterTiming.Rss:F0} |");
        s.AppendLine(c, $"| peak during the mixed requests | {(samples.IsEmpty ? end.Peak : Math.Max(samples.Max(), end.Peak)):F0} |");
        s.AppendLine(c, $"| right after | {end.Rss:F0} |");
        s.AppendLine(c, $"| after {options.HostileIdleSeconds} s idle | {idle.Rss:F0} |");
        s.AppendLine();
        s.AppendLine(c, $"A normal look-up afterwards: HTTP {normal.Status}.");
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", c);
        var markdown = s.ToString();
        File.WriteAllText(Path.Combine(options.ResultsDirectory, $"hostile-{stamp}-scale-{options.Scale}.md"), markdown);
        File.WriteAllText(Path.Combine(options.ResultsDirectory, "hostile-latest.md"), markdown);
        File.WriteAllText(Path.Combine(options.ResultsDirectory, $"hostile-{stamp}-scale-{options.Scale}.json"), JsonSerializer.Serialize(new
        {
            scale = options.Scale,
            requests = options.HostileRequests,
            connections = options.HostileConnections,
            environment = options.ServiceEnvironment,
            timings = timings.Select(t => new { t.Shape, t.Status, t.Codes, p50 = t.P50, max = t.Max }),
            statuses = statuses.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key.ToString(c), kv => kv.Value),
            rssMb = new { warm = start.Rss, afterTiming = afterTiming.Rss, peak = samples.IsEmpty ? end.Peak : Math.Max(samples.Max(), end.Peak), after = end.Rss, idle = idle.Rss },
        }, RunReport.Json));
        Console.WriteLine();
        Console.WriteLine(markdown);
        return normal.Status == 200 ? 0 : 1;
    }

    /// <summary>A look-up of one model selecting a random set of its fields (a new selection shape each time, almost surely).</summary>
    private static string NewSelection(Random random)
    {
        var fields = ModelFields.Where(_ => random.Next(2) == 0).DefaultIfEmpty("name");
        return $"query q {{ model(slug: \"moskvitch-412\") {{ {string.Join(' ', fields)} }} }}";
    }

    private static string Codes(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("errors", out var errors)
                ? string.Join(", ", errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var code) ? code.GetString() : "?").Distinct())
                : "";
        }
        catch (JsonException)
        {
            return "not JSON";
        }
    }
}
