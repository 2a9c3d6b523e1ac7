using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace Moskvitch.Graph.Bench;

/// <summary>
/// The bytes a .NET process (the service) allocates, read from outside through its diagnostics port: the runtime's
/// <c>alloc-rate</c> counter (<see cref="GC.GetTotalAllocatedBytes(bool)"/> between two samples), sampled every
/// quarter second and added up. <see cref="Total"/> read at the start and the end of a window gives the bytes the
/// window allocated, to within a sample at each end (under steady load the two ends' errors cancel).
/// </summary>
public sealed class AllocationMeter : IAsyncDisposable
{
    private readonly EventPipeSession _session;
    private readonly EventPipeEventSource _source;
    private readonly Task _reading;
    private long _total;
    private long _samples;

    private AllocationMeter(EventPipeSession session)
    {
        _session = session;
        _source = new EventPipeEventSource(session.EventStream);
        _source.Dynamic.All += OnEvent;
        _reading = Task.Run(() => _source.Process());
    }

    /// <summary>Bytes allocated since the meter attached.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>Attaches to process <paramref name="pid"/>; null (with the reason on stderr) when it cannot.</summary>
    public static async Task<AllocationMeter?> AttachAsync(int pid, CancellationToken cancellationToken)
    {
        try
        {
            var client = new DiagnosticsClient(pid);
            var providers = new[]
            {
                new EventPipeProvider("System.Runtime", EventLevel.Informational, (long)EventKeywords.None,
                    new Dictionary<string, string> { ["EventCounterIntervalSec"] = "0.25" }),
            };
            var session = await client.StartEventPipeSessionAsync(providers, requestRundown: false, circularBufferMB: 16, cancellationToken);
            var meter = new AllocationMeter(session);

            // The first sample shows the counter reached the bench (it starts from the next interval).
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (Interlocked.Read(ref meter._samples) == 0 && clock.Elapsed < TimeSpan.FromSeconds(5))
            {
                await Task.Delay(50, cancellationToken);
            }

            return meter;
        }
        catch (Exception e) when (e is ServerNotAvailableException or UnsupportedCommandException or IOException or TimeoutException)
        {
            await Console.Error.WriteLineAsync($"Allocations not measured (process {pid}): {e.Message}");
            return null;
        }
    }

    private void OnEvent(TraceEvent data)
    {
        if (data.EventName != "EventCounters" || data.PayloadValue(0) is not IDictionary<string, object> outer
            || outer.TryGetValue("Payload", out var inner) != true || inner is not IDictionary<string, object> payload
            || !payload.TryGetValue("Name", out var name) || name as string != "alloc-rate"
            || !payload.TryGetValue("Increment", out var increment))
        {
            return;
        }

        Interlocked.Add(ref _total, (long)Convert.ToDouble(increment, System.Globalization.CultureInfo.InvariantCulture));
        Interlocked.Increment(ref _samples);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _session.StopAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is ServerNotAvailableException or IOException or TimeoutException or EndOfStreamException)
        {
            // The process has ended.
        }

        await Task.WhenAny(_reading, Task.Delay(TimeSpan.FromSeconds(3)));
        _source.Dispose();
        _session.Dispose();
    }
}
