using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Moskvitch.Graph.Bench;

/// <summary>
/// The hardening load test: a mix of queries at many connections for a bounded time, on loopback, against the service
/// with its DEFAULT limits. Counts the statuses, checks that no 5xx but the 503 shed occurred, and that a normal request
/// succeeds afterwards, both from another client address and from the flooding client once its window allows.
/// </summary>
public static class LoadTest
{
    public static async Task<int> RunAsync(BenchOptions options, BenchDatabase database, string dll, CancellationToken cancellationToken)
    {
        var arguments = await BenchQueries.ArgumentsAsync(database.OwnerConnectionString, options.Scale, cancellationToken);
        var candidates = BenchQueries.All(options.QueriesDirectory, arguments).Where(q => q.Key is "q1" or "q2" or "q3" or "q4" or "q5" or "q6").ToList();
        Console.WriteLine($"Load test: {options.LoadConnections} connections for {options.LoadSeconds:0.#} s against {database.Database}, service with its default limits");
        await using var service = await ServiceProcess.StartAsync(dll, database, raiseRateLimits: false, Path.Combine(options.ResultsDirectory, "service-load.log.tmp"), cancellationToken, options.ServiceEnvironment);
        var graphql = new Uri(service.Address, "/graphql");

        // Only queries the service can answer take part (the connection schema may not be there yet).
        var mix = new List<BenchQuery>();
        using (var probe = Targets.Client(1))
        {
            foreach (var q in candidates)
            {
                var response = await Targets.PostAsync(probe, graphql, q.Body(), cancellationToken);
                if (response.Ok)
                {
                    mix.Add(q);
                }
                else
                {
                    Console.WriteLine($"  {q.Name} left out: {response.FirstError()}");
                }
            }
        }

        // Front-end traffic is mostly cheap look-ups: Q3 is every other request, the rest of the mix shares the others.
        var lookup = mix.FirstOrDefault(q => q.Key == "q3");
        var bodies = mix.SelectMany(q => q == lookup ? Enumerable.Repeat(q, Math.Max(1, mix.Count - 1)) : [q]).Select(q => q.Body()).ToArray();
        // Two phases: the mix (slow queries hold the concurrency slots: 503 shedding), then look-ups only (fast enough
        // to cross the per-client window: 429).
        var phases = new List<(string Name, byte[][] Bodies, TimeSpan Duration)> { ("mix", bodies, TimeSpan.FromSeconds(options.LoadSeconds)) };
        if (lookup is not null)
        {
            phases.Add(("look-ups only (Q3)", [lookup.Body()], TimeSpan.FromSeconds(Math.Max(2, options.LoadSeconds / 2))));
        }

        var byPhase = new Dictionary<string, ConcurrentDictionary<int, long>>();
        var retryAfter = 0;
        var histogram = LoadDriver.NewHistogram();
        long sent = 0;
        var clock = Stopwatch.StartNew();
        using (var client = Targets.Client(options.LoadConnections))
        {
            foreach (var (phaseName, phaseBodies, duration) in phases)
            {
                var statuses = byPhase[phaseName] = new ConcurrentDictionary<int, long>();
                var phaseClock = Stopwatch.StartNew();
                using var done = new CancellationTokenSource();
                var progress = Progress.StartAsync($"load test: {phaseName}", phaseClock, duration, () => Interlocked.Read(ref sent), done.Token);
                var workers = Enumerable.Range(0, options.LoadConnections).Select(w => Task.Run(async () =>
                {
                    var local = LoadDriver.NewHistogram();
                    for (var i = w; phaseClock.Elapsed < duration && !cancellationToken.IsCancellationRequested; i++)
                    {
                        var started = Stopwatch.GetTimestamp();
                        int status;
                        try
                        {
                            using var content = new ByteArrayContent(phaseBodies[i % phaseBodies.Length]);
                            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                            using var response = await client.PostAsync(graphql, content, cancellationToken);
                            await response.Content.LoadIntoBufferAsync(cancellationToken);
                            status = (int)response.StatusCode;
                            if (status == 429 && response.Headers.RetryAfter?.Delta is { } delta)
                            {
                                Interlocked.Exchange(ref retryAfter, (int)delta.TotalSeconds);
                            }
                        }
                        catch (HttpRequestException)
                        {
                            status = 0;
                        }

                        local.RecordValue(Math.Max(1, (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds));
                        statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                        Interlocked.Increment(ref sent);
                    }

                    lock (histogram)
                    {
                        histogram.Add(local);
                    }
                }, cancellationToken)).ToArray();
                await Task.WhenAll(workers);
                await done.CancelAsync();
                await progress;
            }
        }

        var allStatuses = byPhase.Values.SelectMany(d => d).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));
        var seconds = clock.Elapsed.TotalSeconds;
        var normal = mix.FirstOrDefault(q => q.Key == "q3") ?? mix.FirstOrDefault();
        int otherClient = -1, sameClient = -1;
        double waited = 0;
        if (normal is not null)
        {
            using var other = Targets.ClientFrom(IPAddress.Parse("127.0.0.2"));
            otherClient = (await Targets.PostAsync(other, graphql, normal.Body(), cancellationToken)).Status;
            using var same = Targets.Client(1);
            var wait = Stopwatch.StartNew();
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var response = await Targets.PostAsync(same, graphql, normal.Body(), cancellationToken);
                sameClient = response.Status;
                if (response.Status != 429)
                {
                    break;
                }

                await Task.Delay(TimeSpan.FromSeconds(Math.Clamp(retryAfter, 1, 61)), cancellationToken);
            }

            waited = wait.Elapsed.TotalSeconds;
        }

        var alive = service.Memory();
        var other5xx = allStatuses.Where(kv => kv.Key >= 500 && kv.Key != 503).Sum(kv => kv.Value);
        var passed = other5xx == 0 && !allStatuses.ContainsKey(0) && otherClient == 200 && sameClient == 200;
        var s = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        s.AppendLine(c, $"# Load test: {arguments.Models:N0} models, {options.LoadConnections} connections, {seconds:F1} s, default limits");
        s.AppendLine();
        s.AppendLine(c, $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC. Mix: {string.Join(", ", mix.Select(q => q.Name))} (Q3 every other request). Requests: {sent:N0} ({sent / seconds:N0}/s); latency p50 {histogram.GetValueAtPercentile(50) / 1000.0:F1} ms, p99 {histogram.GetValueAtPercentile(99) / 1000.0:F1} ms.");
        s.AppendLine();
        s.AppendLine(c, $"| status | {string.Join(" | ", byPhase.Keys)} | total |");
        s.AppendLine(c, $"|---|{string.Concat(byPhase.Keys.Select(_ => "---:|"))}---:|");
        foreach (var (status, count) in allStatuses.OrderBy(kv => kv.Key))
        {
            s.AppendLine(c, $"| {(status == 0 ? "transport error" : status.ToString(c))} | {string.Join(" | ", byPhase.Values.Select(d => d.GetValueOrDefault(status).ToString("N0", c)))} | {count:N0} |");
        }
        s.AppendLine();
        s.AppendLine(c, $"- 5xx other than the 503 shed: {other5xx} → **{(other5xx == 0 ? "none" : "FOUND")}**; transport errors: {allStatuses.GetValueOrDefault(0)}");
        s.AppendLine(c, $"- A normal request from another client (127.0.0.2) right after: HTTP {otherClient}");
        s.AppendLine(c, $"- A normal request from the flooding client (honouring Retry-After, {waited:F0} s): HTTP {sameClient}");
        s.AppendLine(c, $"- Service still running: RSS {alive.Rss:F0} MB, peak {alive.Peak:F0} MB");
        s.AppendLine(c, $"- Result: **{(passed ? "passed" : "FAILED")}**");
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", c);
        var markdown = s.ToString();
        File.WriteAllText(Path.Combine(options.ResultsDirectory, $"load-{stamp}-scale-{options.Scale}.md"), markdown);
        File.WriteAllText(Path.Combine(options.ResultsDirectory, "load-latest.md"), markdown);
        File.WriteAllText(Path.Combine(options.ResultsDirectory, "load-latest.json"), JsonSerializer.Serialize(new
        {
            scale = options.Scale,
            models = arguments.Models,
            connections = options.LoadConnections,
            seconds,
            requests = sent,
            statuses = byPhase.ToDictionary(p => p.Key, p => p.Value.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key.ToString(c), kv => kv.Value)),
            otherFiveHundreds = other5xx,
            otherClientStatus = otherClient,
            sameClientStatus = sameClient,
            passed,
        }, RunReport.Json));
        Console.WriteLine();
        Console.WriteLine(markdown);
        return passed ? 0 : 1;
    }
}
