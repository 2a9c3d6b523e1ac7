using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Moskvitch.Graph.Tests.Infrastructure;
using OpenTelemetry.Trace;

namespace Moskvitch.Graph.Tests.Observability;

/// <summary>
/// The service on real Kestrel with tracing on, its finished spans kept in memory (OpenTelemetry's in-memory exporter)
/// and its log entries captured, and a small request budget (5 per window) so that refusals can be counted.
/// </summary>
public sealed class ObservedApiFixture : KestrelApiFixture
{
    /// <summary>
    /// The finished spans. The exporter adds to it from the server's threads (and from those of other test classes'
    /// services: activity sources are the process's), so every add and every read takes its lock.
    /// </summary>
    public SpanList Spans { get; } = new();

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Observability:Tracing", "true");
        builder.UseSetting("RateLimits:RequestsPerWindow", "40");
        builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    /// <summary>The spans finished so far (the exporter adds them as they end, from the server's threads).</summary>
    public List<Activity> FinishedSpans() => Spans.Snapshot();

    /// <summary>A list of spans safe to add to and copy from different threads.</summary>
    public sealed class SpanList : System.Collections.ObjectModel.Collection<Activity>
    {
        public List<Activity> Snapshot()
        {
            lock (this)
            {
                return [.. this];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (this)
            {
                base.InsertItem(index, item);
            }
        }
    }
}

/// <summary>Every log entry the host writes, with its category and its structured fields.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    public sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Fields);

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal)
                : [];
            entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), fields));
        }
    }
}
