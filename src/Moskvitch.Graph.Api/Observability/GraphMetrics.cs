using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Moskvitch.Graph.Api.Observability;

/// <summary>
/// The service's own instruments (meter <c>Moskvitch.Graph</c>): GraphQL requests by operation and status, their
/// latency, the cost charged and the SQL statements sent, rate-limit refusals, and result-cache hits. Operation names
/// come from clients, so at most <see cref="ObservabilityOptions.MaxOperationNames"/> distinct names label the series;
/// the rest count as <c>other</c>. The result cache counts its hits itself (<see cref="SnapshotCache"/>, meter
/// <c>Moskvitch.Graph.Conventions</c>).
/// </summary>
public sealed class GraphMetrics
{
    public const string MeterName = "Moskvitch.Graph";

    /// <summary>The source of the GraphQL operation spans.</summary>
    public static readonly ActivitySource Source = new(MeterName);

    private static readonly double[] LatencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <summary>
    /// One meter for the process, as instruments are registered once per process by name: a host's metrics provider
    /// listens to the meter by name (several hosts in one process, as in the tests, share its series).
    /// </summary>
    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>("moskvitch.graphql.requests", "{request}",
        "GraphQL requests answered, by operation name and type, HTTP status and the code of the first error (OK without one).");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram("moskvitch.graphql.request.duration", "s",
        "Time from the request's arrival to its last byte written, by operation name and type and HTTP status.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });

    private static readonly Counter<double> Cost = Meter.CreateCounter<double>("moskvitch.graphql.cost", "{point}",
        "Cost points charged to clients' budgets, by operation name.");

    private static readonly Counter<long> Statements = Meter.CreateCounter<long>("moskvitch.graphql.sql_statements", "{statement}",
        "SQL statements sent to PostgreSQL while serving GraphQL requests, by operation name.");

    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>("moskvitch.rate_limit.refusals", "{request}",
        "Requests refused by a limit: RATE_LIMITED (a client's request or cost budget, or its in-flight cap, 429) or SERVICE_BUSY (the service's concurrency limit, 503).");

    private readonly ConcurrentDictionary<string, bool> _names = new(StringComparer.Ordinal);
    private readonly int _maxNames;

    public GraphMetrics(ObservabilityOptions options) => _maxNames = Math.Max(0, options.MaxOperationNames);

    /// <summary>Records one GraphQL request.</summary>
    public void Record(string? operationName, string? operationType, int status, string? code, TimeSpan elapsed, double? cost, int statements)
    {
        var operation = Label(operationName);
        var type = operationType ?? "none";
        var statusTag = new KeyValuePair<string, object?>("http.response.status_code", status);
        Requests.Add(1, new("graphql.operation.name", operation), new("graphql.operation.type", type), statusTag, new("code", code ?? "OK"));
        Duration.Record(elapsed.TotalSeconds, new("graphql.operation.name", operation), new("graphql.operation.type", type), statusTag);
        if (cost is { } points)
        {
            Cost.Add(points, new KeyValuePair<string, object?>("graphql.operation.name", operation));
        }

        if (statements > 0)
        {
            Statements.Add(statements, new KeyValuePair<string, object?>("graphql.operation.name", operation));
        }

        if (code is ErrorCodes.RateLimited or ErrorCodes.ServiceBusy)
        {
            Refusals.Add(1, new KeyValuePair<string, object?>("code", code));
        }
    }

    /// <summary>The label of an operation name: the name while fewer than the maximum are known, else <c>other</c>.</summary>
    public string Label(string? operationName)
    {
        if (string.IsNullOrEmpty(operationName))
        {
            return "anonymous";
        }

        if (_names.ContainsKey(operationName))
        {
            return operationName;
        }

        return _names.Count < _maxNames && _names.TryAdd(operationName, true) ? operationName : "other";
    }
}
