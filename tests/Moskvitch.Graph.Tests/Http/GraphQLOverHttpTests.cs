using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Moskvitch.Graph.Tests.Http;

public sealed class GraphQLOverHttpTests(ApiFixture api, ITestOutputHelper output) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task PostAnswersWithGraphQLResponseJsonWhenAsked()
    {
        using var response = await api.PostAsync("{ models { nodes { name } } }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    public async Task ResponseMediaTypeFollowsAccept(string? accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await api.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnacceptableAcceptIs406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));
        using var response = await api.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task GetRunsQueries()
    {
        using var response = await api.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ models { nodes { name } } }"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Moskvitch 407", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRefusesMutationsWith405()
    {
        using var response = await api.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task ValidationErrorsAre400WithGraphQLResponseJsonAnd200WithJson()
    {
        using var strict = await api.PostAsync("{ nope }");
        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        var body = JsonDocument.Parse(await strict.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        using var legacy = await api.PostAsync("{ nope }", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    [InlineData("multipart/form-data; boundary=b")]
    public async Task NonJsonPostsAre415(string contentType)
    {
        using var content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await api.Client.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("INVALID_CONTENT_TYPE", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement
            .GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        // RFC 9110 §12.5.3: a 415 that is not about content codings must not carry Accept-Encoding.
        Assert.False(response.Headers.Contains("Accept-Encoding"));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("gzip, identity")]
    [InlineData("identity, gzip")]
    [InlineData("deflate")]
    [InlineData("x-unknown")]
    public async Task ContentEncodedPostsAre415NamingIdentity(string contentEncoding)
    {
        var json = Encoding.UTF8.GetBytes("""{"query":"{ model(slug: \"moskvitch-412\") { name } }"}""");
        var body = contentEncoding switch
        {
            "br" => Compress(json, s => new BrotliStream(s, CompressionLevel.Fastest, leaveOpen: true)),
            "deflate" => Compress(json, s => new ZLibStream(s, CompressionLevel.Fastest, leaveOpen: true)),
            "x-unknown" => json,
            _ => Compress(json, s => new GZipStream(s, CompressionLevel.Fastest, leaveOpen: true)),
        };
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        content.Headers.TryAddWithoutValidation("Content-Encoding", contentEncoding);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        var (response, text, sql) = await SqlStatements.SendAsync(api.Factory.Services, () => api.Client.SendAsync(request));
        using var disposed = response;
        var acceptEncoding = response.Headers.TryGetValues("Accept-Encoding", out var values) ? string.Join(", ", values) : null;
        output.WriteLine($"Content-Encoding: {contentEncoding} -> {(int)response.StatusCode}, Accept-Encoding: {acceptEncoding ?? "(none)"}, {sql} SQL, {text}");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var error = JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("UNSUPPORTED_CONTENT_ENCODING", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("identity", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("identity", acceptEncoding);
        Assert.Equal(0, sql);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("IDENTITY")]
    public async Task UnencodedPostsAreServed(string? contentEncoding)
    {
        using var content = new StringContent("""{"query":"{ model(slug: \"moskvitch-412\") { name } }"}""", Encoding.UTF8, "application/json");
        if (contentEncoding is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Encoding", contentEncoding);
        }

        using var response = await api.Client.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"model":{"name":"Moskvitch 412"}}}""", await response.Content.ReadAsStringAsync());
    }

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer))
        {
            stream.Write(bytes);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Bodies of every size up to the limit are read whole, with a Content-Length or chunked: small ones, ones past the
    /// first buffer (4 KiB without a length) and ones that make it grow several times.
    /// </summary>
    [Theory]
    [InlineData(0, true)]
    [InlineData(0, false)]
    [InlineData(4_000, false)]
    [InlineData(4_096, false)]
    [InlineData(20_000, true)]
    [InlineData(20_000, false)]
    [InlineData(200_000, true)]
    [InlineData(200_000, false)]
    public async Task BodiesAreReadWholeWithOrWithoutALength(int padding, bool withContentLength)
    {
        var body = "{"u8.ToArray()
            .Concat(Enumerable.Repeat((byte)' ', padding))
            .Concat(Encoding.UTF8.GetBytes("""  "query":"# Москвич\n{ model(slug: \"moskvitch-412\") { name } }"}""")).ToArray();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = withContentLength ? content : new ChunkedContent(content) };
        using var response = await api.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"model":{"name":"Moskvitch 412"}}}""", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A body that is not UTF-8 is not JSON: 400 with its code, whether the bad bytes are in a string or not.</summary>
    [Theory]
    [InlineData("7b227175657279223a227b206d6f64656c28736c75673a205c22ff5c2229207b206e616d65207d207d227d")]
    [InlineData("7b227175657279223a227b205f5f747970656e616d65207dc3227d")]
    [InlineData("7b227175657279223a227b205f5f747970656e616d65207d227dff")]
    [InlineData("ff7b227175657279223a227b205f5f747970656e616d65207d227d")]
    public async Task BodiesThatAreNotUtf8Are400(string hex)
    {
        using var content = new ByteArrayContent(Convert.FromHexString(hex));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        using var response = await api.Client.PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        output.WriteLine(text);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("JSON_INVALID", JsonDocument.Parse(text).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{"query":""", "JSON_INVALID")]
    [InlineData("""{"query":1}""", "JSON_INVALID")]
    [InlineData("""{"qeury":"{ __typename }"}""", "QUERY_MISSING")]
    [InlineData("""[{"query":"{ __typename }"}]""", "BATCHED_REQUESTS_NOT_SUPPORTED")]
    public async Task MalformedRequestsAre400WithACode(string body, string code)
    {
        using var response = await api.Client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task HealthReportsTheDatabaseUpAndItsNumberOfModels()
    {
        var health = JsonDocument.Parse(await api.Client.GetStringAsync("/health")).RootElement;
        Assert.Equal("ready", health.GetProperty("status").GetString());
        Assert.Equal("up", health.GetProperty("database").GetString());
        Assert.Equal(await TestPostgres.ScalarAsync<long>(api.ConnectionString, "SELECT count(*) FROM model"), health.GetProperty("models").GetInt32());
    }
}
