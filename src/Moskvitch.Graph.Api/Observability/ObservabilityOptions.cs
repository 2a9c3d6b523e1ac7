namespace Moskvitch.Graph.Api.Observability;

/// <summary>The <c>Observability</c> section: what the service reports about itself, and where.</summary>
public sealed class ObservabilityOptions
{
    public const string Section = "Observability";

    /// <summary>Where Prometheus scrapes the metrics (default <c>/metrics</c>); empty turns the endpoint off.</summary>
    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>
    /// Traces (a span per GraphQL operation with the Npgsql spans under it): on when set, or when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (they are exported there); off otherwise.
    /// </summary>
    public bool? Tracing { get; set; }

    /// <summary>One log line per request (category <c>Moskvitch.Graph.Requests</c>, level Information); default on.</summary>
    public bool RequestLog { get; set; } = true;

    /// <summary>
    /// When standard output is redirected, log lines are written out in blocks at least this often (default 100 ms; see
    /// <see cref="BufferedConsole"/>); 0 writes every line as it comes.
    /// </summary>
    public int ConsoleFlushMilliseconds { get; set; } = 100;

    /// <summary>At most this many distinct operation names label the metrics; later names count as <c>other</c>.</summary>
    public int MaxOperationNames { get; set; } = 200;
}
