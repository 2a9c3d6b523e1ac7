using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Moskvitch.Graph.Bench;

/// <summary>
/// The service beside its peer, PostGraphile 5 (<c>--peer postgraphile</c>): both on the same bench database through the
/// same read-only login, checked to answer the same rows, then measured in alternating windows (service, peer, service,
/// peer) with the same load driver: req/s, p50/p99, the server's CPU and PostgreSQL's CPU per request, and the ratio.
/// </summary>
/// <remarks>
/// The peer's files (start script, configuration, the equivalent queries Q1–Q4 and the equivalence checker) come from
/// <c>--peer-dir</c> (default <c>../shared/peer-postgraphile</c> beside the repository), copied to a work folder where
/// npm installs it. The queries are written for the 100k database (Q2's maker, Q3's model).
/// </remarks>
public static class PeerTest
{
    private const int PeerPort = 5302;

    /// <summary>How long each process answers each query before the measured windows (see <c>BenchRun</c>'s process warm-up).</summary>
    private static readonly TimeSpan ProcessWarmup = TimeSpan.FromSeconds(3);

    private const int ProcessWarmupConnections = 16;

    public static async Task<int> RunAsync(BenchOptions options, BenchDatabase database, string dll, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        var work = PrepareWorkFolder(options);
        Console.WriteLine($"Peer: PostGraphile from {options.PeerDirectory}, working in {work}");
        var service = await ServiceProcess.StartAsync(dll, database, raiseRateLimits: true, Path.Combine(options.ResultsDirectory, "service-peer.log.tmp"), cancellationToken, options.ServiceEnvironment, options.ServicePoolSize);
        var noCache = new Dictionary<string, string>(options.ServiceEnvironment) { ["GraphQL__Limits__ResultCacheEntries"] = "0" };
        var serviceWithoutCache = await ServiceProcess.StartAsync(dll, database, raiseRateLimits: true, Path.Combine(options.ResultsDirectory, "service-peer-nocache.log.tmp"), cancellationToken, noCache, options.ServicePoolSize);
        var peerPid = await StartPeerAsync(work, database, cancellationToken);
        var meters = new Dictionary<int, AllocationMeter>();
        try
        {
            foreach (var pid in new[] { service.Pid, serviceWithoutCache.Pid })
            {
                if (await AllocationMeter.AttachAsync(pid, cancellationToken) is { } meter)
                {
                    meters[pid] = meter;
                }
            }

            var peerUri = new Uri(string.Create(c, $"http://127.0.0.1:{PeerPort}/graphql"));
            var queries = Enumerable.Range(1, 4).Select(n => (
                Name: n switch { 1 => "Q1 list", 2 => "Q2 nested", 3 => "Q3 look-up", _ => "Q4 list + count" },
                Service: File.ReadAllBytes(Path.Combine(work, "queries", $"svc-q{n}.json")),
                Peer: File.ReadAllBytes(Path.Combine(work, "queries", $"pg-q{n}.json")))).ToList();

            // The same rows from both, checked by the peer's own checker, before anything is measured.
            using (var probe = Targets.Client(1))
            {
                for (var n = 1; n <= 4; n++)
                {
                    var s = await Targets.PostAsync(probe, new Uri(service.Address, "/graphql"), queries[n - 1].Service, cancellationToken);
                    var p = await Targets.PostAsync(probe, peerUri, queries[n - 1].Peer, cancellationToken);
                    await File.WriteAllBytesAsync(Path.Combine(work, $"svc-q{n}.out.json"), s.Body, cancellationToken);
                    await File.WriteAllBytesAsync(Path.Combine(work, $"pg-q{n}.out.json"), p.Body, cancellationToken);
                }
            }

            var equivalence = await RunAsync("python3", ["compare.py"], work, cancellationToken);
            Console.WriteLine(equivalence.Output);
            if (equivalence.ExitCode != 0 || equivalence.Output.Contains("DIFFERENT", StringComparison.Ordinal))
            {
                Console.Error.WriteLine("The service and the peer do not answer the same rows: nothing measured.");
                return 1;
            }

            // Each process answers each of its queries under load before anything is measured: the first window would
            // otherwise pay the start-up JIT (the service's .NET, the peer's V8) that later windows do not.
            using (var client = Targets.Client(ProcessWarmupConnections))
            {
                foreach (var (label, uri, pick) in new (string, Uri, Func<(string Name, byte[] Service, byte[] Peer), byte[]>)[]
                {
                    ("service", new Uri(service.Address, "/graphql"), q => q.Service),
                    ("service, result cache off", new Uri(serviceWithoutCache.Address, "/graphql"), q => q.Service),
                    ("PostGraphile", peerUri, q => q.Peer),
                })
                {
                    foreach (var query in queries)
                    {
                        await LoadDriver.RunAsync(query.Name + " (process warm-up, not reported)", label, ProcessWarmupConnections, TimeSpan.Zero,
                            ProcessWarmup, Targets.Http(client, uri, pick(query)), null, cancellationToken);
                    }
                }
            }

            var postmaster = PostmasterPid(options.PostgresRoot);
            var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
            var duration = TimeSpan.FromSeconds(options.DurationSeconds);
            var rows = new List<PeerRow>();
            foreach (var connections in options.Connections.OrderByDescending(n => n))
            {
                using var client = Targets.Client(connections);
                foreach (var (query, index) in queries.Select((q, i) => (q, i)))
                {
                    var targets = new List<(string Label, ServiceProcess? Service, Uri Uri, byte[] Body, int Pid)>
                    {
                        ("service", service, new Uri(service.Address, "/graphql"), query.Service, service.Pid),
                        ("PostGraphile", null, peerUri, query.Peer, peerPid),
                    };
                    var label = query.Name;
                    if (index == 3)
                    {
                        // Q4 twice: with the service's result cache (it keeps counts per snapshot) and without it.
                        await MeasurePairAsync(label, connections, targets, rows, client, postmaster, meters, warmup, duration, cancellationToken);
                        targets[0] = ("service", serviceWithoutCache, new Uri(serviceWithoutCache.Address, "/graphql"), query.Service, serviceWithoutCache.Pid);
                        label = "Q4 list + count, result cache off";
                    }

                    await MeasurePairAsync(label, connections, targets, rows, client, postmaster, meters, warmup, duration, cancellationToken);
                }
            }

            var report = Report(options, rows, equivalence.Output);
            var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", c);
            File.WriteAllText(Path.Combine(options.ResultsDirectory, $"peer-{stamp}-scale-{options.Scale}.md"), report);
            File.WriteAllText(Path.Combine(options.ResultsDirectory, "peer-latest.md"), report);
            File.WriteAllText(Path.Combine(options.ResultsDirectory, $"peer-{stamp}-scale-{options.Scale}.json"), JsonSerializer.Serialize(new { scale = options.Scale, rows }, RunReport.Json));
            Console.WriteLine();
            Console.WriteLine(report);
            return 0;
        }
        finally
        {
            foreach (var meter in meters.Values)
            {
                await meter.DisposeAsync();
            }

            // The same run folder as the start (where the PID file is), or the stop finds nothing to stop.
            await RunAsync("bash", ["start.sh", "stop", PeerPort.ToString(c)], work, CancellationToken.None,
                new Dictionary<string, string> { ["PEER_RUN_DIR"] = work });
            await serviceWithoutCache.DisposeAsync();
            await service.DisposeAsync();
        }
    }

    /// <summary>One query at one connection count, both systems, two windows each, alternating.</summary>
    private static async Task MeasurePairAsync(
        string query, int connections, List<(string Label, ServiceProcess? Service, Uri Uri, byte[] Body, int Pid)> targets,
        List<PeerRow> rows, HttpClient client, int postmaster, Dictionary<int, AllocationMeter> meters, TimeSpan warmup, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        var windows = targets.ToDictionary(t => t.Label, _ => new List<(WindowResult Window, double DbCpuMs, double? AllocatedKb)>());
        for (var round = 0; round < 2; round++)
        {
            foreach (var target in targets)
            {
                var worker = Targets.Http(client, target.Uri, target.Body);
                await LoadDriver.RunAsync(query, target.Label, connections, TimeSpan.Zero, warmup, worker, null, cancellationToken);
                var meter = meters.GetValueOrDefault(target.Pid);
                var serverBefore = ProcessCpu.Of(target.Pid);
                var dbBefore = ProcessCpu.OfTree(postmaster);
                var allocatedBefore = meter?.Total;
                var window = await LoadDriver.RunAsync(query, target.Label, connections, TimeSpan.Zero, duration, worker, null, cancellationToken);
                var served = Math.Max(1, window.Requests);
                windows[target.Label].Add((window with { ServerCpuMsPerRequest = (ProcessCpu.Of(target.Pid) - serverBefore) / served },
                    (ProcessCpu.OfTree(postmaster) - dbBefore) / served, (meter?.Total - allocatedBefore) / 1024.0 / served));
            }
        }

        PeerSide Side(string label)
        {
            var w = windows[label].OrderBy(x => x.Window.RequestsPerSecond).ToList();
            double Median(Func<(WindowResult Window, double DbCpuMs, double? AllocatedKb), double> pick) => w.Select(pick).Order().Skip((w.Count - 1) / 2).Take(2 - (w.Count % 2)).Average();
            return new PeerSide(Median(x => x.Window.RequestsPerSecond), Median(x => x.Window.P50Ms), Median(x => x.Window.P99Ms),
                Median(x => x.Window.ServerCpuMsPerRequest ?? 0), Median(x => x.DbCpuMs), w.Sum(x => x.Window.Errors),
                [.. w.Select(x => x.Window.RequestsPerSecond)], w.All(x => x.AllocatedKb is not null) ? Median(x => x.AllocatedKb!.Value) : null);
        }

        var row = new PeerRow(query, connections, Side("service"), Side("PostGraphile"));
        rows.Add(row);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {query} c={connections}: service {row.Service.RequestsPerSecond:N0} req/s, PostGraphile {row.Peer.RequestsPerSecond:N0} req/s, ratio {row.Ratio:F2}"));
    }

    /// <summary>One system's figures for a query: medians of its windows; <c>AllocatedKb</c> per request for the service only.</summary>
    public sealed record PeerSide(
        double RequestsPerSecond, double P50Ms, double P99Ms, double ServerCpuMs, double DatabaseCpuMs, long Errors, double[] Windows, double? AllocatedKb);

    public sealed record PeerRow(string Query, int Connections, PeerSide Service, PeerSide Peer)
    {
        public double Ratio => Peer.RequestsPerSecond > 0 ? Service.RequestsPerSecond / Peer.RequestsPerSecond : 0;
    }

    private static string Report(BenchOptions options, List<PeerRow> rows, string equivalence)
    {
        var c = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine(c, $"# The service beside PostGraphile 5: {options.Scale:N0} models");
        s.AppendLine();
        s.AppendLine(c, $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, this machine ({Environment.ProcessorCount} cores). Same database, same read-only login, same load driver; each process first answers each of its queries for {ProcessWarmup.TotalSeconds:0.#} s at {ProcessWarmupConnections} connections (not reported); then per query and connection count two windows each ({options.WarmupSeconds:0.#} s warm-up + {options.DurationSeconds:0.#} s), alternating service and PostGraphile; the median of the two (their mean). CPU per request: the server process, and PostgreSQL (the postmaster and its backends, reaped ones included). Allocated per request: the bytes the service's runtime reports allocating in the window (its `alloc-rate` counter read through the diagnostics port), over the requests served.{options.ServiceSettingsSentence()}");
        s.AppendLine();
        s.AppendLine("Equivalence (the peer's compare.py on one answer of each):");
        s.AppendLine();
        foreach (var line in equivalence.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            s.AppendLine(c, $"- {line.Trim()}");
        }

        s.AppendLine();
        s.AppendLine("| query | conns | service req/s | PostGraphile req/s | ratio | p50 / p99 ms service | p50 / p99 ms PostGraphile | server CPU ms/req service / PostGraphile | DB CPU ms/req service / PostGraphile | service KB allocated/req | errors |");
        s.AppendLine("|---|---:|---:|---:|---:|---|---|---|---|---:|---:|");
        foreach (var r in rows)
        {
            s.AppendLine(c, $"| {r.Query} | {r.Connections} | {r.Service.RequestsPerSecond:N0} | {r.Peer.RequestsPerSecond:N0} | **{r.Ratio:F2}** | {r.Service.P50Ms:F2} / {r.Service.P99Ms:F2} | {r.Peer.P50Ms:F2} / {r.Peer.P99Ms:F2} | {r.Service.ServerCpuMs:F2} / {r.Peer.ServerCpuMs:F2} | {r.Service.DatabaseCpuMs:F2} / {r.Peer.DatabaseCpuMs:F2} | {(r.Service.AllocatedKb is { } kb ? kb.ToString("N1", c) : "–")} | {r.Service.Errors + r.Peer.Errors} |");
        }

        s.AppendLine();
        s.AppendLine("Windows (req/s, each run): " + string.Join("; ", rows.Select(r => string.Create(c,
            $"{r.Query} c={r.Connections}: service {string.Join(", ", r.Service.Windows.Select(w => w.ToString("N0", c)))}, PostGraphile {string.Join(", ", r.Peer.Windows.Select(w => w.ToString("N0", c)))}"))) + ".");
        return s.ToString();
    }

    private static string PrepareWorkFolder(BenchOptions options)
    {
        var source = Path.GetFullPath(options.PeerDirectory);
        if (!File.Exists(Path.Combine(source, "start.sh")))
        {
            throw new InvalidOperationException($"No PostGraphile peer in {source} (start.sh missing); give --peer-dir.");
        }

        var work = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.PostgresRoot))!, "bench-peer");
        Directory.CreateDirectory(Path.Combine(work, "queries"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(f => !f.Contains("node_modules", StringComparison.Ordinal)))
        {
            var target = Path.Combine(work, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
            File.SetAttributes(target, FileAttributes.Normal);
        }

        return work;
    }

    private static async Task<int> StartPeerAsync(string work, BenchDatabase database, CancellationToken cancellationToken)
    {
        var login = new NpgsqlConnectionStringBuilder(database.ServiceConnectionString);
        var url = string.Create(CultureInfo.InvariantCulture,
            $"postgres://{Uri.EscapeDataString(login.Username!)}:{Uri.EscapeDataString(login.Password!)}@{login.Host}:{login.Port}/{login.Database}");
        var started = await RunAsync("bash", ["start.sh", PeerPort.ToString(CultureInfo.InvariantCulture), url], work, cancellationToken,
            new Dictionary<string, string> { ["PEER_RUN_DIR"] = work });
        if (started.ExitCode != 0)
        {
            throw new InvalidOperationException("PostGraphile did not start: " + started.Output);
        }

        return int.Parse(File.ReadAllText(Path.Combine(work, $"postgraphile-{PeerPort}.pid")).Trim(), CultureInfo.InvariantCulture);
    }

    private static int PostmasterPid(string postgresRoot) =>
        int.Parse(File.ReadLines(Path.Combine(postgresRoot, "data", "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    private static async Task<(int ExitCode, string Output)> RunAsync(
        string file, string[] arguments, string directory, CancellationToken cancellationToken, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await output) + (await errors));
    }
}
