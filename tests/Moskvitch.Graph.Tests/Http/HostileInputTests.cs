using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>
/// The hostile inputs of the hardening list not covered elsewhere: each answered with a status and a code, no SQL when
/// nothing should run, quickly, and the next normal request still served. Each writes one <c>HOSTILE|…</c> line with
/// what it measured.
/// </summary>
public sealed class HostileInputTests(ApiFixture api, ITestOutputHelper output) : IClassFixture<ApiFixture>
{
    private const string Lookup = "{ model(slug: \"moskvitch-412\") { name } }";

    public static TheoryData<string, string, object?, int, string> Refused => new()
    {
        // name, query, variables, status, code
        { "4.1 40 KB nesting", string.Concat(Enumerable.Repeat("{a", 13_000)) + new string('}', 13_000), null, 400, "DOCUMENT_TOO_LARGE" },
        { "4.5 10,000 x __typename", "query cop { " + string.Concat(Enumerable.Repeat("__typename ", 10_000)) + "}", null, 400, "DOCUMENT_TOO_LARGE" },
        { "4.5 name x 5,000", "{ model(slug: \"moskvitch-412\") { " + string.Concat(Enumerable.Repeat("name ", 5000)) + "} }", null, 400, "MAX_FIELDS" },
        { "4.5 __typename x 2,500", "query cop { " + string.Concat(Enumerable.Repeat("__typename ", 2500)) + "}", null, 400, "MAX_FIELDS" },
        { "4.6 1,000 aliases", "{ " + string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"a{i}: __typename")) + " }", null, 400, "MAX_FIELDS" },
        { "4.9 first: 2147483648", "{ models(first: 2147483648) { nodes { name } } }", null, 400, "ARGUMENTS_OF_CORRECT_TYPE" },
        { "4.10 offset paging", "{ models(skip: 50000000, take: 10) { nodes { name } } }", null, 400, "KNOWN_ARGUMENT_NAMES" },
        { "4.12 1,000 unknown directives", "query cop { __typename " + string.Concat(Enumerable.Repeat("@aa ", 1000)) + "}", null, 400, "MAX_DIRECTIVES" },
        { "4.12 1,000 unknown fields", "{ " + string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"x{i}")) + " }", null, 400, "MAX_FIELDS" },
        { "4.12 repeated @skip", "{ __typename @skip(if: false) @skip(if: false) }", null, 400, "UNIQUE_DIRECTIVES_PER_LOCATION" },
        { "4.25 string for Int", "query($n: Int) { models(first: $n) { nodes { name } } }", new Dictionary<string, object?> { ["n"] = "100" }, 400, "INVALID_VALUE" },
        { "4.25 enum injection", "{ models(order: [{ name: \"name; DROP TABLE x\" }]) { nodes { name } } }", null, 400, "ARGUMENTS_OF_CORRECT_TYPE" },
        { "4.25 two operations, no name", "query A { __typename } query B { __typename }", null, 400, "NO_OPERATION_NAME" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task EachHostileInputIsRefusedBeforeItRuns(string name, string query, object? variables, int status, string code)
    {
        await NextRequestWorksAsync();
        var (response, body, sql, elapsed) = await MeasureAsync(() => api.PostAsync(query, variables));

        var codes = Codes(body);
        output.WriteLine($"HOSTILE|{name}|{(int)response.StatusCode}|{string.Join(',', codes)}|{elapsed} ms|{sql} SQL");
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(code, codes);
        Assert.InRange(codes.Count, 1, 5);
        Assert.Equal(0, sql);
        Assert.True(elapsed < 2000, $"{elapsed} ms");
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        await NextRequestWorksAsync();
    }

    [Fact]
    public async Task AVariablesArrayIsRefused()
    {
        var (response, body, sql, elapsed) = await MeasureAsync(() => api.Client.PostAsync("/graphql",
            new StringContent("""{"query":"query($n: Int) { __typename }","variables":[7]}""", Encoding.UTF8, "application/json")));
        output.WriteLine($"HOSTILE|4.25 variables: [7]|{(int)response.StatusCode}|{string.Join(',', Codes(body))}|{elapsed} ms|{sql} SQL");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON_INVALID", Codes(body));
        Assert.Equal(0, sql);
        await NextRequestWorksAsync();
    }

    [Fact]
    public async Task ABatchOfAThousandOperationsIsRefusedWithoutTouchingTheDatabase()
    {
        var batch = "[" + string.Join(',', Enumerable.Repeat("""{"query":"{ model(slug: \"moskvitch-412\") { id } }"}""", 1000)) + "]";
        var (response, body, sql, elapsed) = await MeasureAsync(() => api.Client.PostAsync("/graphql", new StringContent(batch, Encoding.UTF8, "application/json")));
        output.WriteLine($"HOSTILE|4.7 batch of 1,000|{(int)response.StatusCode}|{string.Join(',', Codes(body))}|{elapsed} ms|{sql} SQL");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("BATCHED_REQUESTS_NOT_SUPPORTED", Codes(body));
        Assert.Equal(0, sql);
        Assert.True(elapsed < 2000, $"{elapsed} ms");
        await NextRequestWorksAsync();
    }

    [Fact]
    public async Task FiveHundredDuplicateFieldsCollapseIntoOneWithOneStatement()
    {
        var query = "{ model(slug: \"moskvitch-412\") { " + string.Concat(Enumerable.Repeat("name ", 499)) + "} }";
        await NextRequestWorksAsync();
        var (response, body, sql, elapsed) = await MeasureAsync(() => api.PostAsync(query));
        output.WriteLine($"HOSTILE|4.5 name x 499 (at the field cap)|{(int)response.StatusCode}|-|{elapsed} ms|{sql} SQL|{body.Length} bytes");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"model":{"name":"Moskvitch 412"}}}""", body);
        Assert.Equal(1, sql);
        Assert.True(elapsed < 1000, $"{elapsed} ms");
    }

    [Fact]
    public async Task OverlongFilterTextAndListsAreRefusedBeforeSql()
    {
        var (text, textBody, textSql, textMs) = await MeasureAsync(() => api.PostAsync(
            "query($t: String) { models(where: { name: { contains: $t } }) { nodes { name } } }", new { t = new string('%', 10_000) }));
        var (list, listBody, listSql, listMs) = await MeasureAsync(() => api.PostAsync(
            "query($y: [Int]) { models(where: { yearFrom: { in: $y } }) { nodes { name } } }", new { y = Enumerable.Range(0, 10_000).ToArray() }));
        output.WriteLine($"HOSTILE|4.20 10,000-char filter text|{(int)text.StatusCode}|{string.Join(',', Codes(textBody))}|{textMs} ms|{textSql} SQL");
        output.WriteLine($"HOSTILE|4.9 in: 10,000 items|{(int)list.StatusCode}|{string.Join(',', Codes(listBody))}|{listMs} ms|{listSql} SQL");
        Assert.Contains("FILTER_TEXT_TOO_LONG", Codes(textBody));
        Assert.Contains("LIST_TOO_LONG", Codes(listBody));
        Assert.Equal(0, textSql);
        Assert.Equal(0, listSql);
        await NextRequestWorksAsync();
    }

    [Fact]
    public async Task TenThousandNodeIdsAreRefusedBeforeSql()
    {
        var ids = Enumerable.Range(1, 10_000).Select(i => Convert.ToBase64String(Encoding.UTF8.GetBytes($"Model:{i}"))).ToArray();
        var (response, body, sql, elapsed) = await MeasureAsync(() => api.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids }));
        output.WriteLine($"HOSTILE|4.9 nodes(ids: 10,000)|{(int)response.StatusCode}|{string.Join(',', Codes(body))}|{elapsed} ms|{sql} SQL");
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest);
        Assert.Contains(Codes(body), c => c is "HC0076" or "HC0047");
        Assert.Equal(0, sql);
        await NextRequestWorksAsync();
    }

    [Fact]
    public async Task TracingIsNeverReturned()
    {
        var (response, body, _, elapsed) = await MeasureAsync(() => api.Client.PostAsync("/graphql", new StringContent(
            """{"query":"{ model(slug: \"moskvitch-412\") { name } }","extensions":{"tracing":true}}""", Encoding.UTF8, "application/json")));
        output.WriteLine($"HOSTILE|4.15 extensions.tracing|{(int)response.StatusCode}|-|{elapsed} ms|");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("tracing", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"extensions\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWebSocketUpgradeIsNotAccepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Connection.Add("Upgrade");
        request.Headers.Upgrade.Add(new ProductHeaderValue("websocket"));
        request.Headers.Add("Sec-WebSocket-Version", "13");
        request.Headers.Add("Sec-WebSocket-Key", Convert.ToBase64String(new byte[16]));
        request.Headers.Add("Sec-WebSocket-Protocol", "graphql-transport-ws");
        var (response, body, sql, elapsed) = await MeasureAsync(() => api.Client.SendAsync(request));
        output.WriteLine($"HOSTILE|4.18 Upgrade: websocket|{(int)response.StatusCode}|{string.Join(',', Codes(body))}|{elapsed} ms|{sql} SQL");
        Assert.NotEqual(HttpStatusCode.SwitchingProtocols, response.StatusCode);
        Assert.Equal(0, sql);
        await NextRequestWorksAsync();
    }

    [Fact]
    public async Task TwentyParallelTotalCountsAllFinishQuicklyWithTheRightCounts()
    {
        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.PostAsync("{ models { totalCount } sources { totalCount } }")));
        output.WriteLine($"HOSTILE|4.10 20 parallel totalCount|{string.Join(',', responses.Select(r => (int)r.StatusCode).Distinct())}|-|{clock.ElapsedMilliseconds} ms|");
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.True(clock.ElapsedMilliseconds < 8000, $"{clock.ElapsedMilliseconds} ms");
        var models = await TestPostgres.ScalarAsync<long>(api.ConnectionString, "SELECT count(*) FROM model");
        var sources = await TestPostgres.ScalarAsync<long>(api.ConnectionString, "SELECT count(*) FROM source");
        foreach (var response in responses)
        {
            // 200 with application/json also carries errors: each answer must be the counts.
            var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
            Assert.Equal(models, data.GetProperty("models").GetProperty("totalCount").GetInt64());
            Assert.Equal(sources, data.GetProperty("sources").GetProperty("totalCount").GetInt64());
            response.Dispose();
        }
    }

    private async Task<(HttpResponseMessage Response, string Body, long Sql, long Milliseconds)> MeasureAsync(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        var (response, body, sql) = await SqlStatements.SendAsync(api.Factory.Services, send);
        return (response, body, sql, clock.ElapsedMilliseconds);
    }

    private static List<string> Codes(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors)
                ? errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "").ToList()
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private async Task NextRequestWorksAsync()
    {
        var data = await api.DataAsync(Lookup);
        Assert.Equal("Moskvitch 412", data.GetProperty("model").GetProperty("name").GetString());
    }
}
