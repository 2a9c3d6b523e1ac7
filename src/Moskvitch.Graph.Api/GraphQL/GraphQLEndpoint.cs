using GraphQL;
using GraphQL.PersistedDocuments;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Net.Http.Headers;
using Moskvitch.Graph.Api.Database;
using Moskvitch.Graph.Api.GraphQL.Persisted;
using Moskvitch.Graph.Api.Security;

namespace Moskvitch.Graph.Api.GraphQL;

/// <summary>
/// A compact GraphQL-over-HTTP endpoint: POST JSON and GET (queries only), response media type negotiated from
/// <c>Accept</c>, status codes as the GraphQL over HTTP spec and HotChocolate use them, SDL downloads.
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
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string UnsupportedContentEncodingCode = "UNSUPPORTED_CONTENT_ENCODING";

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
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) && request.Query.ContainsKey("sdl"))
        {
            await Sdl(http.RequestServices.GetRequiredService<ISchema>()).ExecuteAsync(http);
            return;
        }

        var mediaType = Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, Json, StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"The Accept header allows neither {GraphQLResponseJson} nor {Json}.");
            return;
        }

        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var (graphQLRequest, status, code, message) = HttpMethods.IsGet(request.Method)
            ? ReadGet(request, serializer)
            : await ReadPostAsync(request, serializer);
        if (graphQLRequest is null)
        {
            if (status == StatusCodes.Status405MethodNotAllowed)
            {
                http.Response.Headers.Allow = "GET, POST";
            }
            else if (code == UnsupportedContentEncodingCode)
            {
                // RFC 9110 §15.5.16: name the content codings that would have been accepted.
                http.Response.Headers.AcceptEncoding = "identity";
            }

            await WriteErrorAsync(http, mediaType, status, code!, message!);
            return;
        }

        var limits = http.RequestServices.GetRequiredService<GraphQLLimits>();
        if (graphQLRequest.Query?.Length > limits.MaxDocumentLength)
        {
            await WriteErrorAsync(http, mediaType, RequestErrorStatus(mediaType), "DOCUMENT_TOO_LARGE",
                $"The GraphQL document has {graphQLRequest.Query.Length} characters; at most {limits.MaxDocumentLength} are allowed.");
            return;
        }

        var endpoint = http.RequestServices.GetRequiredService<DatabaseEndpoint>();
        if (!endpoint.IsReady)
        {
            http.Response.Headers.RetryAfter = "5";
            await WriteErrorAsync(http, mediaType, StatusCodes.Status503ServiceUnavailable, "DB_UNAVAILABLE",
                "The database is not available yet; try again shortly.");
            return;
        }

        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var isGet = HttpMethods.IsGet(request.Method);
        // HotChocolate's GraphQL-Cost header: `report` adds extensions.operationCost, `validate` also skips execution.
        var costMode = request.Headers["GraphQL-Cost"].ToString().Trim().ToLowerInvariant() switch
        {
            "report" => "report",
            "validate" => "validate",
            _ => null,
        };
        var userContext = new Dictionary<string, object?>
        {
            [HttpGetValidationRule.IsGetRequestKey] = isGet,
            [ErrorPresenter.CorrelationIdKey] = http.TraceIdentifier,
            [CostRule.ModeKey] = costMode,
            [ClientBudgets.ChargeKey] = http.RequestServices.GetRequiredService<ClientBudgets>().For(http),
        };
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = graphQLRequest.Query,
            DocumentId = graphQLRequest.DocumentId,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            UserContext = userContext,
        });

        var validatedOnly = false;
        if (result.Errors?.Any(e => e.Code == CostRule.ValidateOnlyCode) == true)
        {
            var others = new ExecutionErrors();
            foreach (var error in result.Errors.Where(e => e.Code != CostRule.ValidateOnlyCode))
            {
                others.Add(error);
            }

            validatedOnly = others.Count == 0;
            result.Errors = validatedOnly ? null : others;
        }

        if (costMode is not null && userContext.TryGetValue(CostRule.CostKey, out var measured) && measured is OperationCost cost)
        {
            result.Extensions ??= [];
            result.Extensions["operationCost"] = new Dictionary<string, object?> { ["fieldCost"] = cost.FieldCost, ["typeCost"] = cost.TypeCost };
        }

        var statusCode = StatusCodes.Status200OK;
        if (!result.Executed && !validatedOnly)
        {
            // A rejected document reports at most MaxErrors errors.
            if (result.Errors is { } errors && errors.Count > limits.MaxErrors)
            {
                var kept = new ExecutionErrors();
                foreach (var error in errors.Take(limits.MaxErrors))
                {
                    kept.Add(error);
                }

                result.Errors = kept;
            }

            if (result.Errors?.FirstOrDefault(e => e.Code == RateLimits.Code) is CodedValidationError { Extra: var extra })
            {
                statusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = Convert.ToString(extra["retryAfter"], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (isGet && result.Errors?.Any(e => e.Code == HttpGetValidationRule.Code) == true)
            {
                statusCode = StatusCodes.Status405MethodNotAllowed;
                http.Response.Headers.Allow = "POST";
            }
            else if (result.Errors?.Any(IsMalformedRequest) == true)
            {
                statusCode = StatusCodes.Status400BadRequest;
            }
            else
            {
                statusCode = RequestErrorStatus(mediaType);
            }
        }

        http.Response.ContentType = mediaType + "; charset=utf-8";
        if (isGet && statusCode == StatusCodes.Status200OK && result.Errors is not { Count: > 0 }
            && (graphQLRequest.DocumentId is not null || HasPersistedQuery(graphQLRequest)))
        {
            await WriteCacheableAsync(http, serializer, result);
            return;
        }

        http.Response.StatusCode = statusCode;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// The status of a well-formed request that fails before execution: 400 with application/graphql-response+json;
    /// 200 with application/json, where the body alone tells success from failure.
    /// </summary>
    private static int RequestErrorStatus(string mediaType) =>
        mediaType == GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    /// <summary>
    /// Whether an error says the request is not a well-formed GraphQL-over-HTTP request: a document id outside the
    /// identifier syntax (or of a prefix the service does not take), both a query and a document id, or an
    /// <c>extensions.persistedQuery</c> that is malformed or whose hash is not its query's.
    /// </summary>
    private static bool IsMalformedRequest(ExecutionError error) =>
        error is DocumentIdInvalidError or InvalidRequestError
        || error.Code is AutomaticPersistedQueries.InvalidCode or AutomaticPersistedQueries.HashMismatchCode;

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

    /// <summary>
    /// Picks the response media type from Accept: none → application/json (GraphQL over HTTP's legacy rule);
    /// application/graphql-response+json when it ranks highest (it wins ties); application/json, application/* or
    /// */* → application/json; nothing acceptable → null (406).
    /// </summary>
    internal static string? Negotiate(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var values))
        {
            return Json;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1.0;
            var candidate = value.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponseJson => GraphQLResponseJson,
                Json or "application/*" or "*/*" => Json,
                _ => null,
            };
            if (candidate is null || quality <= 0)
            {
                continue;
            }

            if (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponseJson && value.MediaType.Value == GraphQLResponseJson))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    private static (GraphQLRequest? Request, int Status, string? Code, string? Message) ReadGet(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        var query = request.Query;
        var graphQLRequest = new GraphQLRequest
        {
            Query = query["query"].ToString() is { Length: > 0 } q ? q : null,
            OperationName = query["operationName"].ToString() is { Length: > 0 } o ? o : null,
            // `documentId` (GraphQL over HTTP) or `id` (HotChocolate, Relay).
            DocumentId = query["documentId"].ToString() is { Length: > 0 } d ? d
                : query["id"].ToString() is { Length: > 0 } i ? i : null,
        };
        try
        {
            if (query["variables"].ToString() is { Length: > 0 } variables)
            {
                graphQLRequest.Variables = serializer.Deserialize<Inputs>(variables);
            }

            if (query["extensions"].ToString() is { Length: > 0 } extensions)
            {
                graphQLRequest.Extensions = serializer.Deserialize<Inputs>(extensions);
            }
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return (null, StatusCodes.Status400BadRequest, "JSON_INVALID", "The `variables` or `extensions` parameter is not a JSON object.");
        }

        return graphQLRequest.Query is null && graphQLRequest.DocumentId is null && !HasPersistedQuery(graphQLRequest)
            ? (null, StatusCodes.Status400BadRequest, "QUERY_MISSING", "The request has no `query` parameter.")
            : (graphQLRequest, 0, null, null);
    }

    private static async Task<(GraphQLRequest? Request, int Status, string? Code, string? Message)> ReadPostAsync(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !string.Equals(contentType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, "INVALID_CONTENT_TYPE",
                "POST requests must have Content-Type: application/json (UTF-8).");
        }

        if (UnsupportedContentCoding(request.Headers.ContentEncoding) is { } coding)
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, UnsupportedContentEncodingCode,
                $"Content-Encoding `{coding}` is not supported: send the body uncompressed, with no Content-Encoding (or `identity`).");
        }

        GraphQLRequest? graphQLRequest;
        try
        {
            // A JSON array would be a batch; batching is off.
            var body = await ReadBodyAsync(request);
            var first = body.AsSpan().TrimStart();
            if (first.Length > 0 && first[0] == '[')
            {
                return (null, StatusCodes.Status400BadRequest, "BATCHED_REQUESTS_NOT_SUPPORTED", "Batched requests are not supported; send one operation per request.");
            }

            graphQLRequest = serializer.Deserialize<GraphQLRequest>(body);
            if (graphQLRequest is { Query: null, DocumentId: null })
            {
                // HotChocolate's (and Relay's) name for the persisted operation's id.
                graphQLRequest.DocumentId = ReadId(body);
            }
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "REQUEST_TOO_LARGE" : "REQUEST_INVALID",
                e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request could not be read.");
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
        {
            return (null, StatusCodes.Status400BadRequest, "JSON_INVALID", "The request body is not a valid GraphQL request (a JSON object with a string `query`).");
        }

        if (graphQLRequest is null)
        {
            return (null, StatusCodes.Status400BadRequest, "JSON_INVALID", "The request body is not a valid GraphQL request (a JSON object with a string `query`).");
        }

        return graphQLRequest.Query is null && graphQLRequest.DocumentId is null && !HasPersistedQuery(graphQLRequest)
            ? (null, StatusCodes.Status400BadRequest, "QUERY_MISSING", "The request has no `query`.")
            : (graphQLRequest, 0, null, null);
    }

    /// <summary>
    /// The first content coding of the request body other than <c>identity</c> (the body is read as it comes, so any
    /// other coding, alone or stacked, cannot be served), or null.
    /// </summary>
    private static string? UnsupportedContentCoding(Microsoft.Extensions.Primitives.StringValues contentEncoding)
    {
        foreach (var value in contentEncoding)
        {
            foreach (var coding in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!string.Equals(coding, "identity", StringComparison.OrdinalIgnoreCase))
                {
                    return coding.Length <= 64 ? coding : coding[..64] + "…";
                }
            }
        }

        return null;
    }

    /// <summary>The string <c>id</c> of a JSON request body, if it has one.</summary>
    private static string? ReadId(string body)
    {
        using var document = System.Text.Json.JsonDocument.Parse(body);
        return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
            && document.RootElement.TryGetProperty("id", out var id)
            && id.ValueKind == System.Text.Json.JsonValueKind.String
            && id.GetString() is { Length: > 0 } value
                ? value
                : null;
    }

    /// <summary>Whether the request names an automatic persisted query (Apollo's <c>extensions.persistedQuery</c>).</summary>
    private static bool HasPersistedQuery(GraphQLRequest request) =>
        request.Extensions?.ContainsKey("persistedQuery") == true;

    /// <summary>Reads the body as UTF-8, refusing more than the configured number of bytes (also behind test servers).</summary>
    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        var max = request.HttpContext.RequestServices.GetRequiredService<GraphQLLimits>().MaxRequestBodyBytes;
        if (request.ContentLength > max)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static async Task WriteErrorAsync(HttpContext http, string mediaType, int status, string code, string message)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
