using System.Buffers;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Net.Http.Headers;

namespace Moskvitch.Graph.Conventions.Http;

/// <summary>
/// A compact GraphQL-over-HTTP endpoint: POST JSON and GET (queries only), response media type negotiated from
/// <c>Accept</c>, status codes as the GraphQL over HTTP spec and HotChocolate use them, SDL downloads. A request goes
/// through four steps: <see cref="GraphQLRequestReader"/> reads it, <see cref="RequestGate"/> admits it (readiness;
/// the rate limiter has already counted it against its client's budgets and in-flight caps), the executer runs it (cost
/// analysis prices it, the gate charges it), and its status follows from the codes of its errors
/// (<see cref="ErrorCodes.Status"/>).
/// </summary>
/// <remarks>
/// Before execution: a request that is not well-formed (unreadable JSON, no query, a document id that is not one, both
/// a query and an id, a malformed or mismatched <c>extensions.persistedQuery</c>) is 400 whatever the client accepts; a
/// well-formed request that fails before execution (an unknown document, a syntax or validation error, a document over
/// the length limit) is 400 with <c>application/graphql-response+json</c> and 200 with <c>application/json</c>, whose
/// status says only that the server answered (GraphQL over HTTP, "application/json").
/// </remarks>
public static class GraphQLEndpoint
{
    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app, string path)
    {
        app.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], HandleAsync);
        app.MapGet(path + "/schema.graphql", (ISchema schema) => Sdl(schema));
        return app;
    }

    private static IResult Sdl(ISchema schema) =>
        Results.Text(schema.PrintSdl(), "application/graphql; charset=utf-8");

    private static async Task HandleAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) && http.Request.Query.ContainsKey("sdl"))
        {
            await Sdl(http.RequestServices.GetRequiredService<ISchema>()).ExecuteAsync(http);
            return;
        }

        if (GraphQLRequestReader.Negotiate(http.Request.Headers.Accept) is not { } mediaType)
        {
            await WriteRefusalAsync(http, GraphQLRequestReader.Json, new Refusal(ErrorCodes.NotAcceptable,
                $"The Accept header allows neither {GraphQLRequestReader.GraphQLResponseJson} nor {GraphQLRequestReader.Json}."));
            return;
        }

        var limits = http.RequestServices.GetRequiredService<GraphQLLimits>();
        var (request, refusal) = await GraphQLRequestReader.ReadAsync(http.Request, limits);
        refusal ??= RequestGate.Admit(http);
        if (refusal is not null || request is null)
        {
            await WriteRefusalAsync(http, mediaType, refusal!);
            return;
        }

        var costMode = CostMode(http.Request);
        var (result, userContext) = await ExecuteAsync(http, request, costMode);
        var validatedOnly = RemoveValidateOnly(result);
        var info = GraphQLRequestInfo.Of(http);
        if (userContext.TryGetValue(CostRule.CostKey, out var measured) && measured is OperationCost cost)
        {
            if (result.Executed)
            {
                info.Cost = Math.Max(1, Math.Ceiling(cost.FieldCost));
            }

            if (costMode is not null)
            {
                result.Extensions ??= [];
                result.Extensions["operationCost"] = new Dictionary<string, object?> { ["fieldCost"] = cost.FieldCost, ["typeCost"] = cost.TypeCost };
            }
        }

        info.Code = result.Errors?.FirstOrDefault()?.Code;
        var status = result.Executed || validatedOnly ? StatusCodes.Status200OK : RefusedStatus(http, result, mediaType, limits);
        await WriteResultAsync(http, mediaType, request, result, status);
    }

    /// <summary>HotChocolate's <c>GraphQL-Cost</c> header: <c>report</c> adds <c>extensions.operationCost</c>, <c>validate</c> also skips execution.</summary>
    private static string? CostMode(HttpRequest request) => request.Headers["GraphQL-Cost"].ToString().Trim().ToLowerInvariant() switch
    {
        "report" => "report",
        "validate" => "validate",
        _ => null,
    };

    private static async Task<(ExecutionResult Result, Dictionary<string, object?> UserContext)> ExecuteAsync(HttpContext http, GraphQLRequest request, string? costMode)
    {
        var userContext = new Dictionary<string, object?>
        {
            [HttpGetValidationRule.IsGetRequestKey] = HttpMethods.IsGet(http.Request.Method),
            [ErrorPresenter.CorrelationIdKey] = http.TraceIdentifier,
            [CostRule.ModeKey] = costMode,
        };
        var options = new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            UserContext = userContext,
        };
        options.Listeners.Add(RequestGate.Charge(http));
        options.Listeners.Add(new GraphQLRequestInfo.Listener(GraphQLRequestInfo.Of(http)));
        var result = await http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(options);
        return (result, userContext);
    }

    /// <summary>Drops the marker error of <c>GraphQL-Cost: validate</c>; true when it was the only one (the operation was priced, not run).</summary>
    private static bool RemoveValidateOnly(ExecutionResult result)
    {
        if (result.Errors?.Any(e => e.Code == ErrorCodes.CostValidateOnly) != true)
        {
            return false;
        }

        var others = new ExecutionErrors();
        foreach (var error in result.Errors.Where(e => e.Code != ErrorCodes.CostValidateOnly))
        {
            others.Add(error);
        }

        result.Errors = others.Count == 0 ? null : others;
        return others.Count == 0;
    }

    /// <summary>
    /// The status of an operation that did not run, from the first error whose code decides one (a budget, the method,
    /// a malformed request), else a request error; at most <see cref="GraphQLLimits.MaxErrors"/> errors are kept.
    /// </summary>
    private static int RefusedStatus(HttpContext http, ExecutionResult result, string mediaType, GraphQLLimits limits)
    {
        if (result.Errors is { } errors && errors.Count > limits.MaxErrors)
        {
            var kept = new ExecutionErrors();
            foreach (var error in errors.Take(limits.MaxErrors))
            {
                kept.Add(error);
            }

            result.Errors = kept;
        }

        var deciding = result.Errors?.FirstOrDefault(e => e.Code is ErrorCodes.RateLimited or ErrorCodes.HttpMethod
            or ErrorCodes.DocumentIdInvalid or ErrorCodes.InvalidRequest or ErrorCodes.PersistedQueryInvalid or ErrorCodes.PersistedQueryHashMismatch);
        SetHeaders(http, deciding);
        return ErrorCodes.Status(deciding?.Code, mediaType == GraphQLRequestReader.GraphQLResponseJson);
    }

    /// <summary>The headers a refusal carries: when to retry, what method or coding would have been accepted.</summary>
    private static void SetHeaders(HttpContext http, ExecutionError? error)
    {
        var headers = http.Response.Headers;
        switch (error?.Code)
        {
            case ErrorCodes.DatabaseUnavailable:
                headers.RetryAfter = "5";
                break;
            case ErrorCodes.RateLimited when error is CodedValidationError { Extra: var extra }:
                headers.RetryAfter = Convert.ToString(extra["retryAfter"], System.Globalization.CultureInfo.InvariantCulture);
                break;
            case ErrorCodes.HttpMethod:
                headers.Allow = "POST";
                break;
            case ErrorCodes.UnsupportedContentEncoding:
                // RFC 9110 §15.5.16: name the content codings that would have been accepted.
                headers.AcceptEncoding = "identity";
                break;
        }
    }

    private static async Task WriteResultAsync(HttpContext http, string mediaType, GraphQLRequest request, ExecutionResult result, int status)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        http.Response.ContentType = mediaType + "; charset=utf-8";
        if (HttpMethods.IsGet(http.Request.Method) && status == StatusCodes.Status200OK && result.Errors is not { Count: > 0 }
            && (request.DocumentId is not null || GraphQLRequestReader.HasPersistedQuery(request)))
        {
            await WriteCacheableAsync(http, serializer, result);
            return;
        }

        http.Response.StatusCode = status;
        if (result is { Executed: true, Data: Direct.RawJson data, Errors: not { Count: > 0 }, Extensions: not { Count: > 0 } })
        {
            await WriteDataAsync(http.Response, data);
            return;
        }

        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static ReadOnlySpan<byte> DataOpening => "{\"data\":"u8;

    /// <summary>
    /// An answer of data alone that a direct statement wrote as JSON: <c>{"data":…}</c>, as the serializer writes it, copied
    /// into the response with its length (no chunks) and without the serializer's asynchronous pass over the result.
    /// </summary>
    private static async Task WriteDataAsync(HttpResponse response, Direct.RawJson data)
    {
        response.ContentLength = DataOpening.Length + data.Utf8.Length + 1;
        var body = response.BodyWriter;
        body.Write(DataOpening);
        body.Write(data.Utf8.Span);
        body.Write("}"u8);
        await body.FlushAsync(response.HttpContext.RequestAborted);
    }

    /// <summary>
    /// A persisted operation fetched with GET is cacheable: a minute in any cache, with an ETag (a hash of the body)
    /// that a matching If-None-Match turns into 304 Not Modified.
    /// </summary>
    private static async Task WriteCacheableAsync(HttpContext http, IGraphQLTextSerializer serializer, ExecutionResult result)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, http.RequestAborted);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body.Span))[..32] + "\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(60) };
        http.Response.Headers.Vary = "Accept";
        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            http.Response.ContentType = null;
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static async Task WriteRefusalAsync(HttpContext http, string mediaType, Refusal refusal)
    {
        GraphQLRequestInfo.Of(http).Code = refusal.Code;
        var error = new ExecutionError(refusal.Message) { Code = refusal.Code };
        SetHeaders(http, error);
        http.Response.StatusCode = ErrorCodes.Status(refusal.Code, mediaType == GraphQLRequestReader.GraphQLResponseJson);
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false };
        result.AddError(error);
        await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
