using GraphQL;
using GraphQL.Execution;
using Npgsql;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// What clients see of errors: <c>message</c>, <c>locations</c>, <c>path</c>, <c>extensions.code</c> and
/// <c>extensions.requestId</c> (the request's id, as in its <c>X-Request-Id</c> header and its log line), plus a
/// correlation id (the same id) for anything unexpected. Exception texts, SQL, table names, stack traces and database
/// codes never leave the server; the log keeps them under the same id.
/// </summary>
public sealed class ErrorPresenter : ErrorInfoProvider
{
    public const string CorrelationIdKey = "conventions:correlation-id";

    private readonly bool _suggestions;
    private readonly IHttpContextAccessor _http;

    public ErrorPresenter(GraphQLLimits limits, IHttpContextAccessor http)
        : base(o => o.ExposeExceptionDetails = false)
    {
        _http = http;
        // Suggestions ("Did you mean …") reveal the schema; they go when introspection does.
        _suggestions = limits.Introspection;
    }

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions is null ? [] : new Dictionary<string, object?>(info.Extensions);
        extensions.Remove("codes");
        extensions.Remove("number");
        extensions.Remove("details");
        if (_http.HttpContext?.TraceIdentifier is { } requestId)
        {
            extensions["requestId"] = requestId;
        }

        if (executionError is MaskedError masked)
        {
            extensions["correlationId"] = masked.CorrelationId;
        }

        if (executionError is CodedValidationError coded)
        {
            foreach (var (key, value) in coded.Extra)
            {
                extensions[key] = value;
            }
        }

        var message = info.Message;
        if (!_suggestions && message.IndexOf(" Did you mean", StringComparison.Ordinal) is var cut and >= 0)
        {
            message = message[..cut];
        }

        return new ErrorInfo { Message = message, Extensions = extensions.Count == 0 ? null : extensions };
    }

    /// <summary>Replaces an unhandled resolver exception with a masked error, and logs the original.</summary>
    public static void Mask(UnhandledExceptionContext context, ILogger logger)
    {
        var correlationId = context.ExecutionOptions.UserContext.TryGetValue(CorrelationIdKey, out var id) ? id?.ToString() ?? "" : "";
        var original = context.OriginalException;
        var cause = original;
        while (cause is not NpgsqlException and not OperationCanceledException && cause.InnerException is not null)
        {
            cause = cause.InnerException; // EF Core wraps database errors
        }

        if (cause is not NpgsqlException and not OperationCanceledException)
        {
            cause = original;
        }

        var (message, code) = cause switch
        {
            GraphQLParser.Exceptions.GraphQLMaxDepthExceededException => ("The document is nested too deeply.", ErrorCodes.MaxDepthExceeded),
            OperationCanceledException => ("The request was canceled.", ErrorCodes.Canceled),
            PostgresException { SqlState: "57014" } => ("The query took too long and was stopped.", ErrorCodes.Timeout),
            TimeoutException => ("The query took too long and was stopped.", ErrorCodes.Timeout),
            NpgsqlException { InnerException: TimeoutException } => ("The query took too long and was stopped.", ErrorCodes.Timeout),
            PostgresException { SqlState: "57P01" or "57P02" or "57P03" } => ("The database is not available right now; try again shortly.", ErrorCodes.DatabaseUnavailable),
            // The login refused (class 28) or its database missing: the service cannot reach its data, as when it is down.
            PostgresException { SqlState: var state } when state.StartsWith("28", StringComparison.Ordinal) || state == "3D000" =>
                ("The database is not available right now; try again shortly.", ErrorCodes.DatabaseUnavailable),
            NpgsqlException e when e.IsTransient || e is not PostgresException => ("The database is not available right now; try again shortly.", ErrorCodes.DatabaseUnavailable),
            _ => ("Unexpected Execution Error", ErrorCodes.Unexpected),
        };

        if (code != ErrorCodes.MaxDepthExceeded)
        {
            LogUnhandled(logger, original, code, correlationId, context.FieldContext?.Path is { } path ? string.Join('.', path) : "(operation)");
        }
        if (code == ErrorCodes.DatabaseUnavailable && context.ExecutionOptions.RequestServices?.GetService<IDatabaseState>() is { } database)
        {
            // After a database restart the pool holds broken connections: drop them so the next request reconnects.
            database.ConnectionsBroken();
        }

        context.ErrorMessage = message;
        context.Exception = new MaskedError(message, code, correlationId, original).Coded();
    }

    private static readonly Action<ILogger, string, string, string, Exception?> Logged =
        LoggerMessage.Define<string, string, string>(LogLevel.Error, new EventId(1, "GraphQLUnhandled"),
            "GraphQL resolver failed ({Code}, correlation id {CorrelationId}) at {Path}");

    private static void LogUnhandled(ILogger logger, Exception exception, string code, string correlationId, string path) =>
        Logged(logger, code, correlationId, path, exception);
}
