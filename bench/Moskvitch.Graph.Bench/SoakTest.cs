using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HdrHistogram;
using Npgsql;

namespace Moskvitch.Graph.Bench;

/// <summary>
/// The bulk-pull soak (hardening.md §5.7): researchers, each from its own loopback address, page through every model
/// with its sources at <c>first: 50</c> (the largest page; the hardening plan says 100) for a long time, pacing themselves by the <c>RateLimit-*</c> headers, beside
/// front-end traffic from other addresses; the service runs with its DEFAULT limits. Samples the service's memory and
/// its PostgreSQL connections every 10 s, and checks afterwards that every researcher's pages hold exactly the models
/// in the database up to the last one it saw (nothing lost, nothing twice).
/// </summary>
public static class SoakTest
{
    private const string PageQuery = """
        query Pull($after: String) {
          models(first: 50, after: $after, order: [{ id: ASC }]) {
            nodes { id slug name yearFrom sources { slug } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public static async Task<int> RunAsync(BenchOptions options, BenchDatabase database, string dll, CancellationToken cancellationToken)
    {
        var arguments = await BenchQueries.ArgumentsAsync(database.OwnerConnectionString, options.Scale, cancellationToken);
        var frontEndQueries = BenchQueries.All(options.QueriesDirectory, arguments).Where(q => q.Key is "q1" or "q3" or "q4" or "q6").ToList();
        var duration = TimeSpan.FromMinutes(options.SoakMinutes);
        var baseline = TimeSpan.FromSeconds(Math.Min(60, duration.TotalSeconds / 4));
        Console.WriteLine($"Soak: {options.Researchers} researchers paging {arguments.Models:N0} models at first: 50 for {duration.TotalMinutes:0.#} min, "
            + $"front-end traffic {options.FrontEndRate:0.#} req/s from {FrontEndClients} addresses (alone for the first {baseline.TotalSeconds:0} s); default limits");
        await using var service = await ServiceProcess.StartAsync(dll, database, raiseRateLimits: false, Path.Combine(options.ResultsDirectory, "service-soak.log.tmp"), cancellationToken, options.ServiceEnvironment);
        var graphql = new Uri(service.Address, "/graphql");
        var login = new NpgsqlConnectionStringBuilder(database.ServiceConnectionString).Username!;

        // The front-end's queries run a few times first, so that the baseline does not time the service's warm-up.
        using (var warm = Targets.Client(4))
        {
            for (var i = 0; i < 20; i++)
            {
                await Task.WhenAll(frontEndQueries.Select(q => Targets.PostAsync(warm, graphql, q.Body(), cancellationToken)));
            }
        }

        var clock = Stopwatch.StartNew();
        var end = baseline + duration;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(end);

        var frontEnd = new FrontEnd(graphql, frontEndQueries, options.FrontEndRate, clock, baseline);
        var researchers = Enumerable.Range(0, options.Researchers).Select(i => new Researcher(graphql, IPAddress.Parse($"127.0.1.{i + 1}"))).ToList();
        var samples = new List<Sample>();
        var frontEndTask = frontEnd.RunAsync(stop.Token);
        var researcherTasks = researchers.Select((r, i) => Task.Run(async () =>
        {
            // Researchers join after the front-end's baseline, a few seconds apart.
            await Task.Delay(baseline + TimeSpan.FromSeconds(3 * i), stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            await r.RunAsync(stop.Token);
        }, CancellationToken.None)).ToList();

        await using (var monitor = new NpgsqlConnection(database.OwnerConnectionString))
        {
            await monitor.OpenAsync(cancellationToken);
            var lastMachine = MachineJiffies();
            var lastService = service.CpuMilliseconds();
            var lastAt = clock.Elapsed;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(10), stop.Token);
                }
                catch (OperationCanceledException)
                {
                }

                var (rss, _) = service.Memory();
                await using var activity = new NpgsqlCommand(
                    "SELECT count(*) FILTER (WHERE state = 'active'), count(*) FROM pg_stat_activity WHERE usename = $1", monitor)
                { Parameters = { new() { Value = login } } };
                await using var reader = await activity.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                var machine = MachineJiffies();
                var serviceCpu = service.CpuMilliseconds();
                var at = clock.Elapsed;
                var sample = new Sample(at.TotalSeconds, rss, reader.GetInt64(0), reader.GetInt64(1),
                    researchers.Sum(r => r.Pages), researchers.Sum(r => r.Models), frontEnd.Sent,
                    (serviceCpu - lastService) / (at - lastAt).TotalMilliseconds / Environment.ProcessorCount,
                    (double)(machine.Busy - lastMachine.Busy) / Math.Max(1, machine.Total - lastMachine.Total));
                (lastMachine, lastService, lastAt) = (machine, serviceCpu, at);
                samples.Add(sample);
                var interactive = !Console.IsOutputRedirected;
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"  soak {sample.Seconds / 60,5:F1}/{end.TotalMinutes:F0} min  RSS {sample.RssMb,4:F0} MB  pool {sample.PoolActive}/{sample.PoolOpen}  CPU {sample.MachineCpu,4:P0} (service {sample.ServiceCpu,4:P0})  pages {sample.Pages,7:N0}  models {sample.Models,10:N0}  front-end {sample.FrontEndRequests,7:N0}");
                if (interactive)
                {
                    Console.Write("\r" + line.PadRight(120));
                }
                else
                {
                    Console.WriteLine(line);
                }
            }
        }

        Console.WriteLine();
        await Task.WhenAll(researcherTasks.Append(frontEndTask));

        // Nothing lost, nothing twice: each researcher's models are exactly the models up to its last id.
        var checks = new List<(int Researcher, long Pulled, long Expected, bool Ordered)>();
        await using (var connection = new NpgsqlConnection(database.OwnerConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            foreach (var (r, i) in researchers.Select((r, i) => (r, i)))
            {
                checks.Add((i + 1, r.Models, Expected(await CountUpToAsync(connection, r.LastId, cancellationToken), r, arguments.Models), r.Ordered));
            }
        }

        return Report(options, arguments, service, researchers, frontEnd, samples, checks, baseline, duration);
    }

    private static async Task<long> CountUpToAsync(NpgsqlConnection connection, int lastId, CancellationToken cancellationToken)
    {
        await using var count = new NpgsqlCommand("SELECT count(*) FROM model WHERE id <= $1", connection) { Parameters = { new() { Value = lastId } } };
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Whole passes over every model, plus the models of the pass under way (up to the last id seen).</summary>
    private static long Expected(long upToLast, Researcher r, long models) => (r.Passes * models) + (r.LastId == 0 ? 0 : upToLast);

    private const int FrontEndClients = 5;

    /// <summary>One sample; <c>ServiceCpu</c> and <c>MachineCpu</c> are the share of all the machine's cores used since the last sample.</summary>
    private sealed record Sample(double Seconds, double RssMb, long PoolActive, long PoolOpen, long Pages, long Models, long FrontEndRequests,
        double ServiceCpu, double MachineCpu);

    /// <summary>Busy and total jiffies of all cores so far (<c>/proc/stat</c>'s first line; idle and iowait are not busy).</summary>
    private static (long Busy, long Total) MachineJiffies()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        return (total - fields[3] - fields[4], total);
    }

    private static int Report(BenchOptions options, QueryArguments arguments, ServiceProcess service, List<Researcher> researchers, FrontEnd frontEnd,
        List<Sample> samples, List<(int Researcher, long Pulled, long Expected, bool Ordered)> checks, TimeSpan baseline, TimeSpan duration)
    {
        var c = CultureInfo.InvariantCulture;
        var pageLatency = LoadDriver.NewHistogram();
        foreach (var r in researchers)
        {
            pageLatency.Add(r.Latency);
        }

        var soakSamples = samples.Where(s => s.Seconds > baseline.TotalSeconds).ToList();
        double Mean(IEnumerable<Sample> s, Func<Sample, double> f) => s.Any() ? s.Average(f) : 0;
        var quarter = Math.Max(1, soakSamples.Count / 4);
        var firstQuarter = Mean(soakSamples.Take(quarter), s => s.RssMb);
        var lastQuarter = Mean(soakSamples.TakeLast(quarter), s => s.RssMb);
        var peak = samples.Count > 0 ? samples.Max(s => s.RssMb) : 0;
        var growth = firstQuarter > 0 ? (lastQuarter - firstQuarter) / firstQuarter : 0;
        var pages = researchers.Sum(r => r.Pages);
        var models = researchers.Sum(r => r.Models);
        var soakSeconds = duration.TotalSeconds;
        var maxPage = pageLatency.TotalCount > 0 ? pageLatency.GetMaxValue() / 1000.0 : 0;
        var frontBaseP99 = frontEnd.Baseline.TotalCount > 0 ? frontEnd.Baseline.GetValueAtPercentile(99) / 1000.0 : 0;
        var frontSoakP99 = frontEnd.Soak.TotalCount > 0 ? frontEnd.Soak.GetValueAtPercentile(99) / 1000.0 : 0;
        var researcher429 = researchers.Sum(r => r.TooMany);
        var researcherFailures = researchers.Sum(r => r.Failures);
        var frontFailures = frontEnd.Statuses.Where(kv => kv.Key != 200).Sum(kv => kv.Value);
        var poolMax = samples.Count > 0 ? samples.Max(s => s.PoolOpen) : 0;
        var lossless = checks.All(x => x.Pulled == x.Expected && x.Ordered);

        var criteria = new List<(string Name, string Measured, bool Met)>
        {
            ("memory flat: peak < 400 MB and the last quarter within 10 % of the first", string.Create(c, $"peak {peak:F0} MB; {firstQuarter:F0} → {lastQuarter:F0} MB ({growth:+0.0%;-0.0%})"), peak < 400 && growth < 0.10),
            ("pool stable: never more than the pool's 40 connections", string.Create(c, $"at most {poolMax} open, {samples.Select(s => s.PoolActive).DefaultIfEmpty().Max()} active"), poolMax <= 40),
            ("each page ≪ statement_timeout (8 s): slowest page under 1 s", string.Create(c, $"p50 {Pct(pageLatency, 50)} ms, p99 {Pct(pageLatency, 99)} ms, max {maxPage:F0} ms"), maxPage < 1000),
            ("front-end p99 within the SLO (250 ms) and no failures", string.Create(c, $"p99 alone {frontBaseP99:F1} ms → beside the pulls {frontSoakP99:F1} ms; {frontFailures} not 200"), frontSoakP99 < 250 && frontFailures == 0),
            ("researchers pace by the headers: 429 for under 1 % of pages, no failures", string.Create(c, $"{researcher429} × 429 in {pages:N0} pages, {researcherFailures} failures"), researcher429 * 100 < Math.Max(1, pages) && researcherFailures == 0),
            ("nothing lost, nothing twice", string.Join("; ", checks.Select(x => string.Create(c, $"#{x.Researcher} {x.Pulled:N0}/{x.Expected:N0}"))), lossless),
        };
        var passed = criteria.All(x => x.Met);

        var s = new StringBuilder();
        s.AppendLine(c, $"# Bulk-pull soak: {arguments.Models:N0} models, {researchers.Count} researchers, {soakSeconds / 60:F0} min, default limits");
        s.AppendLine();
        s.AppendLine(c, $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC. Researchers page `models(first: 50, order: id)` with their sources, each from its own address, pacing by `RateLimit-*`; front-end: {frontEnd.Rate:0.#} req/s of Q1, Q3, Q4, Q6 from {FrontEndClients} addresses, alone for {baseline.TotalSeconds:0} s, then beside the pulls.");
        s.AppendLine();
        s.AppendLine(c, $"Pulled {models:N0} models in {pages:N0} pages ({pages / soakSeconds:F1} pages/s, {models / soakSeconds:N0} models/s in all; page cost {researchers.FirstOrDefault()?.PageCost:N0} points); front-end {frontEnd.Sent:N0} requests.");
        var baseSamples = samples.Where(x => x.Seconds <= baseline.TotalSeconds).ToList();
        s.AppendLine();
        s.AppendLine(c, $"CPU (share of all {Environment.ProcessorCount} cores, mean of the samples): front-end alone {Mean(baseSamples, x => x.MachineCpu):P0} busy (the service {Mean(baseSamples, x => x.ServiceCpu):P0}), beside the pulls {Mean(soakSamples, x => x.MachineCpu):P0} (the service {Mean(soakSamples, x => x.ServiceCpu):P0}); the rest is PostgreSQL, this runner and the system.");
        s.AppendLine();
        s.AppendLine("| criterion | measured | met |");
        s.AppendLine("|---|---|---|");
        foreach (var (name, measured, met) in criteria)
        {
            s.AppendLine(c, $"| {name} | {measured} | {(met ? "yes" : "**no**")} |");
        }

        s.AppendLine();
        s.AppendLine("Front-end latency per query, alone and beside the pulls:");
        s.AppendLine();
        s.AppendLine("| query | requests | alone p50 / p99 ms | beside the pulls p50 / p95 / p99 / max ms |");
        s.AppendLine("|---|---:|---:|---:|");
        for (var i = 0; i < frontEnd.Queries.Count; i++)
        {
            var alone = frontEnd.QueryBaseline[i];
            var beside = frontEnd.QuerySoak[i];
            var max = beside.TotalCount > 0 ? (beside.GetMaxValue() / 1000.0).ToString("F0", c) : "-";
            s.AppendLine(c, $"| {frontEnd.Queries[i].Name} | {alone.TotalCount + beside.TotalCount:N0} | {Pct(alone, 50)} / {Pct(alone, 99)} | {Pct(beside, 50)} / {Pct(beside, 95)} / {Pct(beside, 99)} / {max} |");
        }

        if (!frontEnd.Failures.IsEmpty)
        {
            s.AppendLine();
            s.AppendLine("Front-end requests that did not succeed:");
            s.AppendLine();
            foreach (var (what, count) in frontEnd.Failures.OrderByDescending(kv => kv.Value))
            {
                s.AppendLine(c, $"- {count:N0} × {what}");
            }
        }

        s.AppendLine();
        s.AppendLine("Samples (every 10th):");
        s.AppendLine();
        s.AppendLine("| min | RSS MB | pool active/open | CPU busy (service) | pages | front-end requests |");
        s.AppendLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var sample in samples.Where((_, i) => i % 10 == 0 || i == samples.Count - 1))
        {
            s.AppendLine(c, $"| {sample.Seconds / 60:F1} | {sample.RssMb:F0} | {sample.PoolActive}/{sample.PoolOpen} | {sample.MachineCpu:P0} ({sample.ServiceCpu:P0}) | {sample.Pages:N0} | {sample.FrontEndRequests:N0} |");
        }

        s.AppendLine();
        s.AppendLine(c, $"Result: **{(passed ? "passed" : "FAILED")}**");
        var markdown = s.ToString();
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", c);
        File.WriteAllText(Path.Combine(options.ResultsDirectory, $"soak-{stamp}-scale-{options.Scale}.md"), markdown);
        File.WriteAllText(Path.Combine(options.ResultsDirectory, $"soak-{stamp}-scale-{options.Scale}.json"), JsonSerializer.Serialize(new
        {
            scale = options.Scale,
            models = arguments.Models,
            researchers = researchers.Count,
            minutes = soakSeconds / 60,
            pages,
            pulledModels = models,
            frontEndRequests = frontEnd.Sent,
            frontEnd = frontEnd.Queries.Select((q, i) => new
            {
                query = q.Key,
                alone = new { requests = frontEnd.QueryBaseline[i].TotalCount, p50 = Ms(frontEnd.QueryBaseline[i], 50), p99 = Ms(frontEnd.QueryBaseline[i], 99) },
                beside = new { requests = frontEnd.QuerySoak[i].TotalCount, p50 = Ms(frontEnd.QuerySoak[i], 50), p95 = Ms(frontEnd.QuerySoak[i], 95), p99 = Ms(frontEnd.QuerySoak[i], 99) },
            }),
            frontEndFailures = frontEnd.Failures,
            criteria = criteria.Select(x => new { name = x.Name, measured = x.Measured, met = x.Met }),
            samples,
            passed,
        }, RunReport.Json));
        Console.WriteLine(markdown);
        return passed ? 0 : 1;
    }

    private static double? Ms(LongHistogram h, double p) => h.TotalCount > 0 ? h.GetValueAtPercentile(p) / 1000.0 : null;

    private static string Pct(LongHistogram h, double p) =>
        h.TotalCount > 0 ? (h.GetValueAtPercentile(p) / 1000.0).ToString("F0", CultureInfo.InvariantCulture) : "-";

    /// <summary>
    /// One researcher: pages to the end and starts over, checking ids ascend; before each page it makes sure the
    /// headers of the last response leave room for it, and otherwise waits as long as they say the refill takes.
    /// </summary>
    private sealed class Researcher(Uri graphql, IPAddress address)
    {
        public LongHistogram Latency { get; } = LoadDriver.NewHistogram();
        public long Pages { get; private set; }
        public long Models { get; private set; }
        public int Passes { get; private set; }
        public int LastId { get; private set; }
        public bool Ordered { get; private set; } = true;
        public long TooMany { get; private set; }
        public long Failures { get; private set; }
        public double PageCost { get; private set; }

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            using var client = Targets.ClientFrom(address);
            string? after = null;
            Budget? budget = null;
            try
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    if (budget?.WaitFor(PageCost) is { } wait && wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, cancellationToken);
                    }

                    using var request = new HttpRequestMessage(HttpMethod.Post, graphql)
                    {
                        Content = JsonContent(new JsonObject { ["query"] = PageQuery, ["variables"] = new JsonObject { ["after"] = after } }),
                    };
                    request.Headers.Add("GraphQL-Cost", "report");
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.SendAsync(request, cancellationToken);
                    var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    budget = Budget.From(response);
                    if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        TooMany++;
                        await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), cancellationToken);
                        continue;
                    }

                    using var json = JsonDocument.Parse(body);
                    if (response.StatusCode != HttpStatusCode.OK || json.RootElement.TryGetProperty("errors", out _))
                    {
                        Failures++;
                        Console.Error.WriteLine($"  researcher {address}: HTTP {(int)response.StatusCode} {Encoding.UTF8.GetString(body)[..Math.Min(300, body.Length)]}");
                        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                        continue;
                    }

                    Latency.RecordValue(Math.Max(1, (long)elapsed.TotalMicroseconds));
                    PageCost = json.RootElement.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble();
                    var connection = json.RootElement.GetProperty("data").GetProperty("models");
                    foreach (var node in connection.GetProperty("nodes").EnumerateArray())
                    {
                        // Global ids are base64 of "Model:<key>".
                        var key = int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(node.GetProperty("id").GetString()!)).Split(':')[1], CultureInfo.InvariantCulture);
                        Ordered &= key > LastId;
                        LastId = key;
                        Models++;
                    }

                    Pages++;
                    var pageInfo = connection.GetProperty("pageInfo");
                    if (pageInfo.GetProperty("hasNextPage").GetBoolean())
                    {
                        after = pageInfo.GetProperty("endCursor").GetString();
                    }
                    else
                    {
                        after = null;
                        Passes++;
                        LastId = 0;
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }
        }
    }

    /// <summary>What the <c>RateLimit-*</c> headers of the last response say: the budget nearest exhaustion.</summary>
    private sealed record Budget(long Limit, long Remaining, double ResetSeconds, long RequestLimit)
    {
        public static Budget? From(HttpResponseMessage response)
        {
            string? One(string name) => response.Headers.TryGetValues(name, out var v) ? v.FirstOrDefault() : null;
            var policy = One("RateLimit-Policy");
            if (!long.TryParse(One("RateLimit-Limit"), CultureInfo.InvariantCulture, out var limit)
                || !long.TryParse(One("RateLimit-Remaining"), CultureInfo.InvariantCulture, out var remaining)
                || !double.TryParse(One("RateLimit-Reset"), CultureInfo.InvariantCulture, out var reset) || policy is null)
            {
                return null;
            }

            // The policy lists "requests" and "cost points": a request takes one of the first and its cost of the second.
            var requests = policy.Split(',').Select(p => p.Trim()).FirstOrDefault(p => p.Contains("\"requests\"", StringComparison.Ordinal));
            var requestLimit = requests is null ? -1 : long.Parse(requests.Split(';')[0], CultureInfo.InvariantCulture);
            return new Budget(limit, remaining, reset, requestLimit);
        }

        /// <summary>How long to wait before a request of <paramref name="cost"/> points fits the budget reported.</summary>
        public TimeSpan WaitFor(double cost)
        {
            var needed = Limit == RequestLimit ? 1 : Math.Max(1, cost);
            if (Remaining >= needed || ResetSeconds <= 0 || Remaining >= Limit)
            {
                return TimeSpan.Zero;
            }

            // The bucket refills (Limit - Remaining) in ResetSeconds (whole seconds, rounded up), in steps: a tenth of
            // a second more covers the step.
            var perSecond = (Limit - Remaining) / ResetSeconds;
            return TimeSpan.FromSeconds(Math.Min(ResetSeconds, ((needed - Remaining) / perSecond) + 0.1));
        }
    }

    private static ByteArrayContent JsonContent(JsonObject body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>Front-end traffic at a steady rate, round robin over a few client addresses and a mix of queries.</summary>
    private sealed class FrontEnd(Uri graphql, IReadOnlyList<BenchQuery> queries, double rate, Stopwatch clock, TimeSpan baseline)
    {
        private long _sent;

        public double Rate => rate;
        public IReadOnlyList<BenchQuery> Queries => queries;
        public LongHistogram Baseline { get; } = LoadDriver.NewHistogram();
        public LongHistogram Soak { get; } = LoadDriver.NewHistogram();

        /// <summary>Per query (in <see cref="Queries"/> order): latency alone and beside the pulls.</summary>
        public LongHistogram[] QueryBaseline { get; } = queries.Select(_ => LoadDriver.NewHistogram()).ToArray();
        public LongHistogram[] QuerySoak { get; } = queries.Select(_ => LoadDriver.NewHistogram()).ToArray();
        public ConcurrentDictionary<int, long> Statuses { get; } = new();

        /// <summary>What the requests that did not succeed answered: query, status and first error, with how many.</summary>
        public ConcurrentDictionary<string, long> Failures { get; } = new(StringComparer.Ordinal);
        public long Sent => Interlocked.Read(ref _sent);

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            var clients = Enumerable.Range(0, FrontEndClients).Select(i => Targets.ClientFrom(IPAddress.Parse($"127.0.2.{i + 1}"))).ToArray();
            var bodies = queries.Select(q => q.Body()).ToArray();
            var inFlight = new List<Task>();
            var interval = TimeSpan.FromSeconds(1 / rate);
            var next = clock.Elapsed;
            try
            {
                for (var i = 0; !cancellationToken.IsCancellationRequested; i++)
                {
                    next += interval;
                    var delay = next - clock.Elapsed;
                    if (delay > TimeSpan.Zero)
                    {
                        await Task.Delay(delay, cancellationToken);
                    }

                    inFlight.Add(SendAsync(clients[i % clients.Length], i % bodies.Length, bodies[i % bodies.Length], cancellationToken));
                    inFlight.RemoveAll(t => t.IsCompleted);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }

            await Task.WhenAll(inFlight);
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }

        private async Task SendAsync(HttpClient client, int query, byte[] body, CancellationToken cancellationToken)
        {
            var inBaseline = clock.Elapsed < baseline;
            try
            {
                var response = await Targets.PostAsync(client, graphql, body, cancellationToken);
                var status = response.Ok ? 200 : response.Status == 200 ? -1 : response.Status;
                Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (status != 200)
                {
                    Failures.AddOrUpdate($"{queries[query].Name}: HTTP {response.Status}, {response.FirstError()}", 1, (_, n) => n + 1);
                }

                var micros = Math.Max(1, (long)response.Elapsed.TotalMicroseconds);
                foreach (var histogram in inBaseline ? new[] { Baseline, QueryBaseline[query] } : [Soak, QuerySoak[query]])
                {
                    lock (histogram)
                    {
                        histogram.RecordValue(micros);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException e)
            {
                Statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
                Failures.AddOrUpdate($"{queries[query].Name}: {e.Message}", 1, (_, n) => n + 1);
            }

            Interlocked.Increment(ref _sent);
        }
    }
}
