using System.Globalization;

namespace Moskvitch.Graph.Bench;

/// <summary>The command line: see bench/README.md.</summary>
public sealed class BenchOptions
{
    public int Scale { get; set; } = 100_000;
    public int Seed { get; set; } = 6;
    public double WarmupSeconds { get; set; } = 3;
    public double DurationSeconds { get; set; } = 10;
    public IReadOnlyList<int> Connections { get; set; } = [1, 16];
    public IReadOnlySet<string>? Only { get; set; }
    public bool Quick { get; set; }
    public bool Load { get; set; }
    public int LoadConnections { get; set; } = 48;
    public double LoadSeconds { get; set; } = 20;
    public bool Soak { get; set; }
    public double SoakMinutes { get; set; } = 60;
    public int Researchers { get; set; } = 10;
    public double FrontEndRate { get; set; } = 20;
    public bool Hostile { get; set; }
    public int HostileRequests { get; set; } = 10_000;
    public int HostileConnections { get; set; } = 8;
    public int HostileRepeats { get; set; } = 25;
    public int HostileIdleSeconds { get; set; } = 30;
    public int HostileSelectionEvery { get; set; } = 4;
    public bool Peer { get; set; }
    public string? PeerDirectoryOption { get; set; }

    /// <summary>The PostGraphile peer's files: <c>--peer-dir</c>, or <c>../shared/peer-postgraphile</c> beside the repository.</summary>
    public string PeerDirectory => PeerDirectoryOption ?? Path.Combine(RepositoryRoot, "..", "shared", "peer-postgraphile");

    /// <summary>Extra environment for the service process (<c>--service-env KEY=VALUE</c>, repeatable), e.g. a GC setting to compare.</summary>
    public Dictionary<string, string> ServiceEnvironment { get; } = new(StringComparer.Ordinal);

    /// <summary><c>--service-pool N</c>: the service's pool holds at most N connections (<c>Maximum Pool Size</c> in its connection string).</summary>
    public int? ServicePoolSize { get; set; }

    /// <summary>The service's settings a run was given beyond its defaults, as a sentence for the reports ("" when none).</summary>
    public string ServiceSettingsSentence()
    {
        var settings = ServiceEnvironment.Select(kv => $"`{kv.Key}={kv.Value}`").ToList();
        if (ServicePoolSize is { } pool)
        {
            settings.Insert(0, string.Create(CultureInfo.InvariantCulture, $"`Maximum Pool Size={pool}` in its connection string"));
        }

        return settings.Count == 0 ? "" : $" Service settings: {string.Join(", ", settings)}.";
    }
    public bool GenerateOnly { get; set; }
    public bool PlotOnly { get; set; }
    public bool SkipExports { get; set; }

    /// <summary>The export step runs unless skipped, or unless <c>--only</c> names steps without <c>exports</c>.</summary>
    public bool RunExports => !SkipExports && (Only is null || Only.Contains("exports"));
    public bool SkipBulk { get; set; }
    public string PostgresRoot { get; set; } = Environment.GetEnvironmentVariable("MOSKVITCH_BENCH_PG") ?? "/work/bench-pg";
    public string RepositoryRoot { get; set; } = FindRepositoryRoot();
    public string ResultsDirectory => Path.Combine(RepositoryRoot, "bench", "results");
    public string QueriesDirectory => Path.Combine(RepositoryRoot, "bench", "queries");

    public const string Usage = """
        Moskvitch Graph benchmark (bench/README.md)
          --scale N          synthetic models (10000, 100000, 1000000); the database is generated when missing
          --quick            short smoke run: 1 s warm-up, 2 s per window
          --warmup S         warm-up seconds per window (default 3)
          --duration S       measured seconds per window (default 10)
          --connections L    concurrent connections, comma separated (default 1,16)
          --only L           only these steps: queries and/or exports, e.g. q1,q3,q7 or exports (default: all)
          --skip-bulk        no Q8 bulk pull
          --skip-exports     no export memory step
          --load             the load test instead: default limits, a mix of queries at --load-connections (48)
          --load-seconds S   length of the load test (default 20)
          --soak             the bulk-pull soak instead: default limits, researchers paging every model at first: 50
                             while front-end traffic goes on (hardening.md §5.7)
          --soak-minutes M   length of the soak after a front-end-only minute (default 60)
          --researchers N    researchers in the soak, each from its own loopback address (default 10)
          --front-end-rate R front-end requests per second in the soak (default 20)
          --hostile          hostile documents instead: each shape's time, then the memory --hostile-requests
                             (10000) mixed requests at --hostile-connections (8) leave behind
          --hostile-requests N, --hostile-connections N, --hostile-repeats N (25), --hostile-idle S (30),
          --hostile-selections N (every Nth mixed request a look-up of a new selection; 4; 0: none)
          --peer postgraphile
                             the service beside PostGraphile 5 on the same database and login: equivalence
                             checked, then Q1-Q4 in alternating windows (two each, median); ratios and CPU per request
          --peer-dir DIR     the peer's files (default ../shared/peer-postgraphile beside the repository)
          --service-env K=V  extra environment for the service process (repeatable)
          --service-pool N   the service's connection pool holds at most N connections (default: the service's 40)
          --generate         only generate the database for --scale
          --plot             only redraw bench/results/latency.png from the result files
          --seed N           generator seed (default 6)
          --pg-root DIR      the benchmark's PostgreSQL folder (default /work/bench-pg or MOSKVITCH_BENCH_PG)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            double Number() => double.Parse(Next(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--scale": o.Scale = int.Parse(Next().Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture); break;
                case "--seed": o.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--warmup": o.WarmupSeconds = Number(); break;
                case "--duration": o.DurationSeconds = Number(); break;
                case "--connections": o.Connections = [.. Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]; break;
                case "--only": o.Only = Next().Split(',').Select(s => s.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal); break;
                case "--quick": o.Quick = true; o.WarmupSeconds = 1; o.DurationSeconds = 2; o.LoadSeconds = 5; break;
                case "--load": o.Load = true; break;
                case "--load-connections": o.LoadConnections = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--load-seconds": o.LoadSeconds = Number(); break;
                case "--soak": o.Soak = true; break;
                case "--soak-minutes": o.SoakMinutes = Number(); break;
                case "--researchers": o.Researchers = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--front-end-rate": o.FrontEndRate = Number(); break;
                case "--hostile": o.Hostile = true; break;
                case "--hostile-requests": o.HostileRequests = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--hostile-connections": o.HostileConnections = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--hostile-repeats": o.HostileRepeats = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--hostile-idle": o.HostileIdleSeconds = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--hostile-selections": o.HostileSelectionEvery = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--peer":
                    o.Peer = Next() == "postgraphile" ? true : throw new ArgumentException("--peer takes postgraphile");
                    break;
                case "--peer-dir": o.PeerDirectoryOption = Next(); break;
                case "--service-env":
                    var setting = Next().Split('=', 2);
                    o.ServiceEnvironment[setting[0]] = setting.Length == 2 ? setting[1] : throw new ArgumentException("--service-env takes KEY=VALUE");
                    break;
                case "--service-pool": o.ServicePoolSize = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--generate": o.GenerateOnly = true; break;
                case "--plot": o.PlotOnly = true; break;
                case "--skip-exports": o.SkipExports = true; break;
                case "--skip-bulk": o.SkipBulk = true; break;
                case "--pg-root": o.PostgresRoot = Next(); break;
                default: throw new ArgumentException($"unknown argument {args[i]}");
            }
        }

        return o;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Moskvitch.Graph.sln")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Moskvitch.Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (Moskvitch.Graph.sln not found).");
    }
}
