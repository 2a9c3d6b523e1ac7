using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Moskvitch.Graph.Bench;

/// <summary>Q8's bulk pull: the service's pull and both floors'.</summary>
public sealed record BulkResult
{
    public bool Complete { get; init; }
    public long Models { get; init; }
    public long Pages { get; init; }
    public double Seconds { get; init; }
    public double ModelsPerSecond => Seconds > 0 ? Models / Seconds : 0;
    public double PageP50Ms { get; init; }
    public double PageP99Ms { get; init; }
    public double SqlPerPage { get; init; }
    public double ServerCpuMsPerPage { get; init; }
    public double ServerPeakMemoryMb { get; init; }
    public double DbFloorSeconds { get; init; }
    public long DbFloorModels { get; init; }
    public double HttpFloorSeconds { get; init; }
}

/// <summary>Everything one run measured; written as bench/results/&lt;time&gt;-&lt;scale&gt;.json and .md, and latest.json/latest.md.</summary>
public sealed class RunReport
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public DateTimeOffset StartedAt { get; set; }
    public int Scale { get; set; }
    public long Models { get; set; }
    public string Commit { get; set; } = "";
    public string Machine { get; set; } = "";
    public double WarmupSeconds { get; set; }
    public double DurationSeconds { get; set; }
    public IReadOnlyList<int> Connections { get; set; } = [];
    public bool Quick { get; set; }
    public IReadOnlyList<string>? Only { get; set; }
    public double ServiceStartMemoryMb { get; set; }
    public double ServiceEndMemoryMb { get; set; }
    public List<WindowResult> Windows { get; set; } = [];
    public Dictionary<string, int> ResponseBytes { get; set; } = [];
    public Dictionary<string, int> Q2SqlByPageSize { get; set; } = [];
    public int? DeepPage { get; set; }
    public BulkResult? Bulk { get; set; }
    public List<ExportResult>? Exports { get; set; }
    public Dictionary<string, string> Failures { get; set; } = [];
    public List<string> Notes { get; set; } = [];

    /// <summary>The service's settings beyond its defaults, as a sentence ("" when none).</summary>
    public string ServiceSettings { get; set; } = "";

    public static RunReport Start(BenchOptions options, QueryArguments arguments) => new()
    {
        StartedAt = DateTimeOffset.UtcNow,
        Scale = options.Scale,
        Models = arguments.Models,
        Commit = Git(options.RepositoryRoot, "rev-parse", "--short", "HEAD"),
        Machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}; service, PostgreSQL and load generator share them",
        WarmupSeconds = options.WarmupSeconds,
        DurationSeconds = options.DurationSeconds,
        Connections = options.Connections,
        Quick = options.Quick,
        Only = options.Only?.Order(StringComparer.Ordinal).ToList(),
        ServiceSettings = options.ServiceSettingsSentence(),
    };

    public (string Markdown, string Json) Write(string directory)
    {
        var stamp = StartedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var name = string.Create(CultureInfo.InvariantCulture, $"{stamp}-scale-{Scale}{(Quick ? "-quick" : "")}");
        var json = JsonSerializer.Serialize(this, Json);
        var markdown = Markdown();
        var jsonPath = Path.Combine(directory, name + ".json");
        var markdownPath = Path.Combine(directory, name + ".md");
        File.WriteAllText(jsonPath, json);
        File.WriteAllText(markdownPath, markdown);
        File.WriteAllText(Path.Combine(directory, "latest.json"), json);
        File.WriteAllText(Path.Combine(directory, "latest.md"), markdown);
        return (markdownPath, jsonPath);
    }

    private WindowResult? Find(string query, string target, int connections) =>
        Windows.FirstOrDefault(w => w.Query == query && w.Target == target && w.Connections == connections);

    private string Markdown()
    {
        var s = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        s.AppendLine(c, $"# Benchmark: {Models:N0} models (scale {Scale:N0}){(Quick ? ", quick smoke run" : "")}");
        s.AppendLine();
        var windows = Windows.Count > 0 ? string.Create(c, $" Windows: {WarmupSeconds:0.#} s warm-up + {DurationSeconds:0.#} s measured, closed loop on loopback.") : "";
        s.AppendLine(c, $"{StartedAt:yyyy-MM-dd HH:mm} UTC, commit `{Commit}`, {Machine}.{windows} Service in Release, own process, rate limit raised.{ServiceSettings}");
        if (Only is { Count: > 0 })
        {
            s.AppendLine();
            s.AppendLine(c, $"Only: {string.Join(", ", Only)}.");
        }

        if (Windows.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("| query | conns | service req/s | p50 ms | p95 ms | p99 ms | SQL/req | server CPU ms/req | server peak MB | DB floor req/s | % of DB floor | HTTP floor req/s | % of HTTP floor | errors |");
            s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var w in Windows.Where(w => w.Target == "service"))
            {
                var db = Find(w.Query, "db-floor", w.Connections);
                var http = Find(w.Query, "http-floor", w.Connections);
                s.AppendLine(c, $"| {w.Query} | {w.Connections} | {Rate(w.RequestsPerSecond)} | {w.P50Ms:F2} | {w.P95Ms:F2} | {w.P99Ms:F2} | {Num(w.SqlPerRequest, "F1")} | {Num(w.ServerCpuMsPerRequest, "F2")} | {Num(w.ServerPeakMemoryMb, "F0")} | {Rate(db?.RequestsPerSecond)} | {Share(w, db)} | {Rate(http?.RequestsPerSecond)} | {Share(w, http)} | {w.Errors + (db?.Errors ?? 0) + (http?.Errors ?? 0)} |");
            }

            s.AppendLine();
            s.AppendLine("Floors: *DB floor* = the same rows through hand-written SQL on Npgsql, prepared, one round trip per request (bench/Moskvitch.Graph.Bench/BenchQueries.cs); *HTTP floor* = a minimal Kestrel endpoint in the runner answering with the service's own pre-serialized response. Latency percentiles of the floors are in the JSON.");
        }

        if (Q2SqlByPageSize.Count > 0)
        {
            s.AppendLine();
            s.AppendLine(c, $"Q2 SQL statements by page sizes (models/influences): {string.Join(", ", Q2SqlByPageSize.Select(kv => $"{kv.Key}: {kv.Value}"))}.");
        }

        if (DeepPage is int page)
        {
            var p1 = Find("Q7 page 1", "service", 1) ?? Windows.FirstOrDefault(w => w.Query == "Q7 page 1" && w.Target == "service");
            var pn = Find($"Q7 page {page}", "service", p1?.Connections ?? 1);
            if (p1 is not null && pn is not null)
            {
                s.AppendLine();
                s.AppendLine(c, $"Q7: page {page:N0} p50 {pn.P50Ms:F2} ms vs page 1 p50 {p1.P50Ms:F2} ms at {p1.Connections} connection(s): **{pn.P50Ms / p1.P50Ms:F2}×** (target ≤ 1.2× at 1M).");
            }
        }

        if (Bulk is { } b)
        {
            s.AppendLine();
            s.AppendLine("| Q8 bulk pull | models | pages | seconds | models/s | page p50 ms | page p99 ms | SQL/page | server CPU ms/page | server peak MB | DB floor s | HTTP floor s |");
            s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            s.AppendLine(c, $"| {(b.Complete ? "complete" : "STOPPED at time cap")} | {b.Models:N0} | {b.Pages:N0} | {b.Seconds:F1} | {b.ModelsPerSecond:N0} | {b.PageP50Ms:F2} | {b.PageP99Ms:F2} | {b.SqlPerPage:F1} | {b.ServerCpuMsPerPage:F2} | {b.ServerPeakMemoryMb:F0} | {b.DbFloorSeconds:F1} | {b.HttpFloorSeconds:F1} |");
        }

        if (Exports is { Count: > 0 } exports)
        {
            s.AppendLine();
            s.AppendLine("| export | status | bytes | MB | seconds | headers s | MB/s | server RSS before MB | server peak MB | server RSS after MB |");
            s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var e in exports)
            {
                s.AppendLine(c, $"| /export/{e.Format} | {e.Status} | {e.Bytes:N0} | {e.Bytes / 1048576.0:F1} | {e.Seconds:F1} | {e.HeadersSeconds:F2} | {e.Bytes / 1048576.0 / Math.Max(e.Seconds, 0.001):F1} | {e.MemoryBeforeMb:F0} | {e.PeakMemoryMb:F0} | {e.MemoryAfterMb:F0} |");
            }

            if (exports.Select(e => e.DataVersion).FirstOrDefault(v => v is not null) is { } version)
            {
                s.AppendLine();
                s.AppendLine(c, $"Data version: `{version}`. *headers s*: until the response headers (the data version computed or taken from the cache).");
            }
        }

        s.AppendLine();
        s.AppendLine(c, $"Service memory: {ServiceStartMemoryMb:F0} MB RSS after start, {ServiceEndMemoryMb:F0} MB at the end.");
        var targets = Targets();
        if (targets.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("## Targets (issue 6; set for 100k models at 16 connections, Q7 and Q8 at 1M)");
            s.AppendLine();
            foreach (var t in targets)
            {
                s.AppendLine(c, $"- {t}");
            }
        }

        if (Failures.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("## Not measured");
            s.AppendLine();
            foreach (var (query, message) in Failures)
            {
                s.AppendLine(c, $"- {query}: {message}");
            }
        }

        foreach (var note in Notes)
        {
            s.AppendLine();
            s.AppendLine(note);
        }

        return s.ToString();
    }

    private List<string> Targets()
    {
        var list = new List<string>();
        var c = CultureInfo.InvariantCulture;
        var conns = Connections.Contains(16) ? 16 : Connections.Max();
        foreach (var (query, share, cpu) in new[] { ("Q1 list", 0.40, 0.20), ("Q2 nested", 0.30, 0.30), ("Q3 lookup", 0.40, 0.15) })
        {
            var w = Find(query, "service", conns);
            var db = Find(query, "db-floor", conns);
            if (w is null || db is null || db.RequestsPerSecond == 0)
            {
                continue;
            }

            var ratio = w.RequestsPerSecond / db.RequestsPerSecond;
            list.Add(string.Create(c, $"{query}, {conns} conns: service at {ratio:P0} of the DB floor (target ≥ {share:P0}): **{(ratio >= share ? "met" : "missed")}**"));
            if (w.ServerCpuMsPerRequest is double ms)
            {
                list.Add(string.Create(c, $"{query}, {conns} conns: server CPU {ms:F3} ms/request (target ≤ {cpu:F2}): **{(ms <= cpu ? "met" : "missed")}**"));
            }
        }

        if (Q2SqlByPageSize.Count > 1)
        {
            var constant = Q2SqlByPageSize.Values.Distinct().Count() == 1;
            list.Add($"Q2 SQL statements constant whatever the page sizes: **{(constant ? "met" : "missed")}** ({string.Join(", ", Q2SqlByPageSize.Select(kv => $"{kv.Key}: {kv.Value}"))})");
        }

        if (DeepPage is int page && Find($"Q7 page {page}", "service", 1) is { } pn && Find("Q7 page 1", "service", 1) is { } p1)
        {
            var ratio = pn.P50Ms / p1.P50Ms;
            list.Add(string.Create(c, $"Q7 page {page:N0} within 1.2× of page 1 (p50, 1 conn, {Models:N0} models): {ratio:F2}×: **{(ratio <= 1.2 ? "met" : "missed")}**{(page < 1000 ? " (fewer than 1,000 pages at this scale)" : "")}"));
        }

        if (Bulk is { } b)
        {
            list.Add(string.Create(c, $"Q8 bulk pull of {b.Models:N0} models{(b.Complete ? "" : " (stopped at the time cap)")}: server peak memory {b.ServerPeakMemoryMb:F0} MB (target < 400 MB at 1M): **{(b.ServerPeakMemoryMb < 400 ? "met" : "missed")}**"));
        }

        return list;
    }

    private static string Share(WindowResult w, WindowResult? floor) =>
        floor is null || floor.RequestsPerSecond == 0 ? "–" : (w.RequestsPerSecond / floor.RequestsPerSecond).ToString("P0", CultureInfo.InvariantCulture);

    /// <summary>Whole req/s, with a decimal below 10 so that slow queries do not read as 0.</summary>
    private static string Rate(double? value) => value is double v ? v.ToString(v < 10 ? "N1" : "N0", CultureInfo.InvariantCulture) : "–";

    private static string Num(double? value, string format) => value is double v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string Git(string directory, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }

            using var git = Process.Start(start)!;
            var text = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "";
        }
    }
}
