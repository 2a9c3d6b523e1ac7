using System.Diagnostics;
using Moskvitch.Graph.Conventions.Http;
using Moskvitch.Graph.Conventions.Security;
using Moskvitch.Graph.Data;

namespace Moskvitch.Graph.Api.Observability;

/// <summary>
/// The first step of every request: its id (<c>X-Request-Id</c>), its GraphQL operation span, its metrics and its one
/// log line.
/// </summary>
/// <remarks>
/// The id is the client's <c>X-Request-Id</c> when it is a plain token (1–64 letters, digits, <c>.</c>, <c>_</c>,
/// <c>-</c>, <c>:</c>), else the trace id of the request's trace (a continued one when the request brought a
/// <c>traceparent</c>), else a new random id. It becomes the request's <see cref="HttpContext.TraceIdentifier"/>, so every
/// GraphQL error carries it in <c>extensions.requestId</c> (and masked ones in <c>correlationId</c>), and the response
/// says it in <c>X-Request-Id</c>; with tracing on, the response also carries the <c>traceparent</c> of the request's
/// span. The log line and the span say what the request did, never what it asked for: the operation's name and type,
/// status, duration, cost charged, SQL statements, outcome code and client — no document text and no variable values.
/// Health probes and metric scrapes are neither logged nor counted.
/// </remarks>
public static partial class RequestTelemetry
{
    public const string RequestIdHeader = "X-Request-Id";

    public static WebApplication UseRequestTelemetry(this WebApplication app, string graphQLPath)
    {
        var options = app.Services.GetRequiredService<ObservabilityOptions>();
        var metrics = app.Services.GetRequiredService<GraphMetrics>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Moskvitch.Graph.Requests");
        var graphQL = new PathString(graphQLPath);
        var metricsPath = string.IsNullOrEmpty(options.MetricsPath) ? (PathString?)null : new PathString(options.MetricsPath);
        app.Use(async (http, next) =>
        {
            var path = http.Request.Path;
            var quiet = path.StartsWithSegments("/health", StringComparison.Ordinal) || (metricsPath is { } m && path.Equals(m, StringComparison.Ordinal));
            var parent = Activity.Current;
            http.TraceIdentifier = RequestId(http.Request.Headers[RequestIdHeader].ToString(), parent);
            http.Response.Headers[RequestIdHeader] = http.TraceIdentifier;
            if (options.Tracing == true && parent is { IdFormat: ActivityIdFormat.W3C })
            {
                http.Response.Headers["traceparent"] = parent.Id;
            }

            var isGraphQL = path.Equals(graphQL, StringComparison.Ordinal) || path.Equals(graphQL.Add("/"), StringComparison.Ordinal);
            using var span = isGraphQL ? GraphMetrics.Source.StartActivity("graphql") : null;
            var statements = SqlStatementCounter.BeginScope();
            var started = Stopwatch.GetTimestamp();
            var failed = false;
            try
            {
                await next(http);
            }
            catch
            {
                failed = true;
                throw;
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                var status = failed && !http.Response.HasStarted ? StatusCodes.Status500InternalServerError : http.Response.StatusCode;
                var info = http.Features.Get<GraphQLRequestInfo>();
                var count = Volatile.Read(ref statements.Value);
                if (isGraphQL)
                {
                    metrics.Record(info?.OperationName, info?.OperationType, status, info?.Code, elapsed, info?.Cost, count);
                    Describe(span, info, status, count);
                }

                if (options.RequestLog && !quiet && log.IsEnabled(LogLevel.Information))
                {
                    Served(log, http.Request.Method, path.Value ?? "/", status, Math.Round(elapsed.TotalMilliseconds, 2),
                        isGraphQL ? metrics.Label(info?.OperationName) : null, info?.OperationType, info?.Cost, count, isGraphQL ? info?.Code ?? "OK" : null,
                        RateLimits.ClientOf(http), http.TraceIdentifier);
                }
            }
        });
        return app;
    }

    /// <summary>The request's id: the client's when it is a plain token, else the trace's, else a new one.</summary>
    public static string RequestId(string given, Activity? trace)
    {
        if (given.Length is > 0 and <= 64 && given.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or ':'))
        {
            return given;
        }

        return (trace?.TraceId ?? ActivityTraceId.CreateRandom()).ToHexString();
    }

    private static void Describe(Activity? span, GraphQLRequestInfo? info, int status, int statements)
    {
        if (span is null)
        {
            return;
        }

        span.DisplayName = info?.OperationType is { } type ? $"{type} {info.OperationName ?? "anonymous"}" : "graphql";
        span.SetTag("graphql.operation.name", info?.OperationName);
        span.SetTag("graphql.operation.type", info?.OperationType);
        span.SetTag("moskvitch.graphql.cost", info?.Cost);
        span.SetTag("moskvitch.graphql.sql_statements", statements);
        span.SetTag("moskvitch.graphql.code", info?.Code ?? "OK");
        span.SetTag("http.response.status_code", status);
        if (info?.Code is { } code)
        {
            span.SetStatus(ActivityStatusCode.Error, code);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "RequestServed", Level = LogLevel.Information,
        Message = "{Method} {Path} {Status} in {DurationMs} ms: operation {Operation} ({OperationType}), cost {Cost}, {Statements} SQL statements, code {Code}, client {Client}, request {RequestId}")]
    private static partial void Served(ILogger logger, string method, string path, int status, double durationMs,
        string? operation, string? operationType, double? cost, int statements, string? code, string client, string requestId);
}
