using System.Diagnostics;
using HdrHistogram;

namespace Moskvitch.Graph.Bench;

/// <summary>What one request reported: whether it succeeded, and the SQL statements the service says it sent (-1: not reported).</summary>
public readonly record struct Outcome(bool Ok, int SqlStatements = -1);

/// <summary>One measured window.</summary>
public sealed record WindowResult
{
    public required string Query { get; init; }
    public required string Target { get; init; }
    public required int Connections { get; init; }
    public required long Requests { get; init; }
    public required long Errors { get; init; }
    public required double Seconds { get; init; }
    /// <summary>Successful requests per second (errors are counted apart, not as throughput).</summary>
    public double RequestsPerSecond => Seconds > 0 ? (Requests - Errors) / Seconds : 0;
    public required double P50Ms { get; init; }
    public required double P95Ms { get; init; }
    public required double P99Ms { get; init; }
    public required double MaxMs { get; init; }
    public double? SqlPerRequest { get; init; }
    public double? ServerCpuMsPerRequest { get; init; }
    public double? ServerPeakMemoryMb { get; init; }
    public string? Note { get; init; }
}

/// <summary>
/// Closed-loop load: <c>connections</c> workers each send their next request as soon as the last one answered, for a
/// warm-up (discarded) and then a measured window; latencies in microseconds go into HdrHistogram.
/// </summary>
public static class LoadDriver
{
    public static async Task<WindowResult> RunAsync(
        string query, string target, int connections, TimeSpan warmup, TimeSpan duration,
        Func<int, Func<CancellationToken, ValueTask<Outcome>>> workerFactory, ServiceProcess? server, CancellationToken cancellationToken)
    {
        var workers = Enumerable.Range(0, connections).Select(workerFactory).ToArray();
        if (warmup > TimeSpan.Zero)
        {
            await PhaseAsync($"{query} {target} c={connections} warm-up", workers, warmup, cancellationToken);
        }

        var cpuBefore = server?.CpuMilliseconds();
        server?.ResetPeakMemory();
        var phase = await PhaseAsync($"{query} {target} c={connections}", workers, duration, cancellationToken);
        var cpuAfter = server?.CpuMilliseconds();
        var memory = server?.Memory();
        return new WindowResult
        {
            Query = query,
            Target = target,
            Connections = connections,
            Requests = phase.Requests,
            Errors = phase.Errors,
            Seconds = phase.Seconds,
            P50Ms = phase.Histogram.GetValueAtPercentile(50) / 1000.0,
            P95Ms = phase.Histogram.GetValueAtPercentile(95) / 1000.0,
            P99Ms = phase.Histogram.GetValueAtPercentile(99) / 1000.0,
            MaxMs = phase.Histogram.GetMaxValue() / 1000.0,
            SqlPerRequest = phase.SqlReported > 0 ? (double)phase.SqlStatements / phase.SqlReported : null,
            ServerCpuMsPerRequest = cpuBefore is double b && cpuAfter is double a && phase.Requests > 0 ? (a - b) / phase.Requests : null,
            ServerPeakMemoryMb = memory?.Peak,
        };
    }

    public sealed record Phase(long Requests, long Errors, double Seconds, LongHistogram Histogram, long SqlStatements, long SqlReported);

    private static async Task<Phase> PhaseAsync(string label, Func<CancellationToken, ValueTask<Outcome>>[] workers, TimeSpan duration, CancellationToken cancellationToken)
    {
        long requests = 0, errors = 0, sql = 0, sqlReported = 0;
        var histograms = workers.Select(_ => NewHistogram()).ToArray();
        var clock = Stopwatch.StartNew();
        var end = duration;
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var progress = Progress.StartAsync(label, clock, duration, () => Interlocked.Read(ref requests), done.Token);
        var tasks = workers.Select((send, w) => Task.Run(async () =>
        {
            var histogram = histograms[w];
            while (clock.Elapsed < end && !cancellationToken.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                Outcome outcome;
                try
                {
                    outcome = await send(cancellationToken);
                }
                catch (Exception e) when (e is HttpRequestException or Npgsql.NpgsqlException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    outcome = new Outcome(false);
                }

                var micros = Math.Max(1, (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                histogram.RecordValue(Math.Min(micros, histogram.HighestTrackableValue));
                Interlocked.Increment(ref requests);
                if (!outcome.Ok)
                {
                    Interlocked.Increment(ref errors);
                }

                if (outcome.SqlStatements >= 0)
                {
                    Interlocked.Add(ref sql, outcome.SqlStatements);
                    Interlocked.Increment(ref sqlReported);
                }
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(tasks);
        var seconds = clock.Elapsed.TotalSeconds;
        await done.CancelAsync();
        await progress;
        var total = NewHistogram();
        foreach (var h in histograms)
        {
            total.Add(h);
        }

        return new Phase(requests, errors, seconds, total, sql, sqlReported);
    }

    public static LongHistogram NewHistogram() => new(1, 600_000_000, 3);
}

/// <summary>A progress line, redrawn in place on a terminal, every few seconds otherwise.</summary>
public static class Progress
{
    public static async Task StartAsync(string label, Stopwatch clock, TimeSpan duration, Func<long> count, CancellationToken cancellationToken, string unit = "req")
    {
        var interactive = !Console.IsOutputRedirected;
        var every = interactive ? TimeSpan.FromSeconds(0.5) : TimeSpan.FromSeconds(5);
        try
        {
            while (true)
            {
                await Task.Delay(every, cancellationToken);
                Print(label, clock, duration, count(), interactive, final: false, unit);
            }
        }
        catch (OperationCanceledException)
        {
        }

        Print(label, clock, duration, count(), interactive, final: true, unit);
    }

    private static void Print(string label, Stopwatch clock, TimeSpan duration, long n, bool interactive, bool final, string unit)
    {
        var seconds = clock.Elapsed.TotalSeconds;
        var line = $"  {label,-44} {Math.Min(seconds, duration.TotalSeconds),5:F1}/{duration.TotalSeconds:F0} s {n,8:N0} {unit} {n / Math.Max(seconds, 0.001),9:N0} {unit}/s";
        if (interactive)
        {
            Console.Write("\r" + line.PadRight(110));
            if (final)
            {
                Console.WriteLine();
            }
        }
        else if (final || seconds > 0)
        {
            Console.WriteLine(line);
        }
    }
}
