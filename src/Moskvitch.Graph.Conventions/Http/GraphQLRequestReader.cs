using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace Moskvitch.Graph.Conventions.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: the response media type from <c>Accept</c>, and the GraphQL request from a GET's
/// URL parameters or a POST's JSON body (Content-Type, Content-Encoding, size, batches, <c>documentId</c>/<c>id</c>),
/// or why it cannot be read.
/// </summary>
public static class GraphQLRequestReader
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// How a request is read: GraphQL.NET's converters for the request and its variables and extensions (those of its
    /// System.Text.Json serializer, whose other options only concern writing); a POST body is read from its bytes at once.
    /// </summary>
    private static readonly System.Text.Json.JsonSerializerOptions RequestJson = new()
    {
        Converters = { new GraphQL.SystemTextJson.GraphQLRequestJsonConverter(), new GraphQL.SystemTextJson.InputsJsonConverter() },
    };

    /// <summary>The GraphQL request of a GET or POST, or why there is none; a document over the length limit is refused too.</summary>
    public static async Task<(GraphQLRequest? Request, Refusal? Refusal)> ReadAsync(HttpRequest request, GraphQLLimits limits)
    {
        var (graphQLRequest, refusal) = HttpMethods.IsGet(request.Method) ? ReadGet(request) : await ReadPostAsync(request);
        if (graphQLRequest?.Query?.Length > limits.MaxDocumentLength)
        {
            return (null, new Refusal(ErrorCodes.DocumentTooLarge,
                $"The GraphQL document has {graphQLRequest.Query.Length} characters; at most {limits.MaxDocumentLength} are allowed."));
        }

        return (graphQLRequest, refusal);
    }

    /// <summary>
    /// Picks the response media type from Accept: none → application/json (GraphQL over HTTP's legacy rule);
    /// application/graphql-response+json when it ranks highest (it wins ties); application/json, application/* or
    /// */* → application/json; nothing acceptable → null (406).
    /// </summary>
    public static string? Negotiate(Microsoft.Extensions.Primitives.StringValues accept)
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

    private static (GraphQLRequest? Request, Refusal? Refusal) ReadGet(HttpRequest request)
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
                graphQLRequest.Variables = System.Text.Json.JsonSerializer.Deserialize<Inputs>(variables, RequestJson);
            }

            if (query["extensions"].ToString() is { Length: > 0 } extensions)
            {
                graphQLRequest.Extensions = System.Text.Json.JsonSerializer.Deserialize<Inputs>(extensions, RequestJson);
            }
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return (null, new Refusal(ErrorCodes.JsonInvalid, "The `variables` or `extensions` parameter is not a JSON object."));
        }

        return graphQLRequest.Query is null && graphQLRequest.DocumentId is null && !HasPersistedQuery(graphQLRequest)
            ? (null, new Refusal(ErrorCodes.QueryMissing, "The request has no `query` parameter."))
            : (graphQLRequest, null);
    }

    private static async Task<(GraphQLRequest? Request, Refusal? Refusal)> ReadPostAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !string.Equals(contentType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, new Refusal(ErrorCodes.InvalidContentType, "POST requests must have Content-Type: application/json (UTF-8)."));
        }

        if (UnsupportedContentCoding(request.Headers.ContentEncoding) is { } coding)
        {
            return (null, new Refusal(ErrorCodes.UnsupportedContentEncoding,
                $"Content-Encoding `{coding}` is not supported: send the body uncompressed, with no Content-Encoding (or `identity`)."));
        }

        GraphQLRequest? graphQLRequest;
        byte[]? body = null;
        try
        {
            // Read as UTF-8 bytes and deserialized from them: no text of the whole body is made.
            (body, var length) = await ReadBodyAsync(request);
            var json = body.AsMemory(0, length);

            // A JSON array would be a batch; batching is off.
            var first = json.Span.TrimStart(" \t\r\n"u8);
            if (first.Length > 0 && first[0] == (byte)'[')
            {
                return (null, new Refusal(ErrorCodes.BatchedRequestsNotSupported, "Batched requests are not supported; send one operation per request."));
            }

            graphQLRequest = System.Text.Json.JsonSerializer.Deserialize<GraphQLRequest>(json.Span, RequestJson);
            if (graphQLRequest is { Query: null, DocumentId: null })
            {
                // HotChocolate's (and Relay's) name for the persisted operation's id.
                graphQLRequest.DocumentId = ReadId(json);
            }
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => new Refusal(ErrorCodes.RequestTooLarge, "The request body is too large."),
                StatusCodes.Status408RequestTimeout => new Refusal(ErrorCodes.RequestTimeout, "The request body came too slowly."),
                _ => new Refusal(ErrorCodes.RequestInvalid, "The request could not be read."),
            });
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
        {
            return (null, new Refusal(ErrorCodes.JsonInvalid, "The request body is not a valid GraphQL request (a JSON object with a string `query`)."));
        }
        finally
        {
            if (body is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(body);
            }
        }

        if (graphQLRequest is null)
        {
            return (null, new Refusal(ErrorCodes.JsonInvalid, "The request body is not a valid GraphQL request (a JSON object with a string `query`)."));
        }

        return graphQLRequest.Query is null && graphQLRequest.DocumentId is null && !HasPersistedQuery(graphQLRequest)
            ? (null, new Refusal(ErrorCodes.QueryMissing, "The request has no `query`."))
            : (graphQLRequest, null);
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
    private static string? ReadId(ReadOnlyMemory<byte> body)
    {
        using var document = System.Text.Json.JsonDocument.Parse(body);
        return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
            && document.RootElement.TryGetProperty("id", out var id)
            && id.ValueKind == System.Text.Json.JsonValueKind.String
            && id.GetString() is { Length: > 0 } value
                ? value
                : null;
    }

    /// <summary>
    /// Reads the body into a buffer from the shared pool (the caller returns it), refusing more than the configured
    /// number of bytes (also behind test servers). The buffer is sized from Content-Length when the request gives one.
    /// </summary>
    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(HttpRequest request)
    {
        var max = request.HttpContext.RequestServices.GetRequiredService<GraphQLLimits>().MaxRequestBodyBytes;
        if (request.ContentLength > max)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        // One byte more than the body announced, so that its end is read without a buffer of twice the size.
        var pool = System.Buffers.ArrayPool<byte>.Shared;
        var buffer = pool.Rent((int)Math.Min((request.ContentLength ?? 4096) + 1, max + 1L));
        var length = 0;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted)) > 0)
            {
                length += read;
                if (length > max)
                {
                    throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
                }

                if (length == buffer.Length)
                {
                    var larger = pool.Rent((int)Math.Min(buffer.Length * 2L, max + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    pool.Return(buffer);
                    buffer = larger;
                }
            }
        }
        catch
        {
            pool.Return(buffer);
            throw;
        }

        return (buffer, length);
    }

    /// <summary>Whether the request names an automatic persisted query (Apollo's <c>extensions.persistedQuery</c>).</summary>
    public static bool HasPersistedQuery(GraphQLRequest request) =>
        request.Extensions?.ContainsKey("persistedQuery") == true;
}
