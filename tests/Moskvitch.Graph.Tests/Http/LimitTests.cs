using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>Hostile documents are rejected before anything runs: a 4xx with a code, no SQL, quickly, and the next request works.</summary>
public sealed class LimitTests(ApiFixture api, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ApiFixture>
{
    public static TheoryData<string, string> Rejected => new()
    {
        { string.Concat(Enumerable.Repeat("{a", 5000)) + new string('}', 5000), "MAX_DEPTH_EXCEEDED" },
        { "{ models { nodes " + string.Concat(Enumerable.Repeat("{ variants { nodes ", 8)) + "{ name }" + new string('}', 17) + " }", "COMPLEXITY" },
        { "{ " + string.Join(' ', Enumerable.Range(0, 31).Select(i => $"a{i}: __typename")) + " }", "MAX_ALIASES" },
        { "{ " + string.Join(' ', Enumerable.Range(0, 101).Select(i => $"t{i}: __typename")) + " }", "MAX_ALIASES" },
        { "query cop { __typename " + string.Join(' ', Enumerable.Range(0, 60).Select(_ => "@skip(if: false)")) + " }", "MAX_DIRECTIVES" },
        { "{ " + string.Join(' ', Enumerable.Range(0, 31).Select(i => i % 2 == 0 ? "models { nodes { name } }" : "engines { nodes { slug } }")) + " }", "MAX_ROOT_FIELDS" },
        { "query { __schema { ...A } } fragment A on __Schema { __typename ...B } fragment B on __Schema { ...A }", "NO_FRAGMENT_CYCLES" },
        { "qwerty cop { abc }", "SYNTAX_ERROR" },
        { "{ " + new string(' ', 40_000) + "__typename }", "DOCUMENT_TOO_LARGE" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task HostileDocumentsAreRejectedBeforeExecution(string query, string code)
    {
        // The time bound is for rejecting the document, not for the host's first request (JIT, schema, pools).
        using (await api.PostAsync("{ __typename }"))
        {
        }

        var clock = Stopwatch.StartNew();
        var (response, body, sql) = await SqlStatements.SendAsync(api.Factory.Services, () => api.PostAsync(query));
        using var disposed = response;

        output.WriteLine($"HOSTILE|{code}|{(int)response.StatusCode}|{body.Length} bytes|{clock.ElapsedMilliseconds} ms|{sql} SQL");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.Contains(errors.EnumerateArray(), e => e.GetProperty("extensions").GetProperty("code").GetString() == code);
        Assert.InRange(errors.GetArrayLength(), 1, 5);
        Assert.Equal(0, sql);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"{clock.ElapsedMilliseconds} ms");
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        await NextRequestWorksAsync();
    }

    [Fact]
    public async Task AnErrorFloodReportsAtMostFiveErrors()
    {
        using var response = await api.PostAsync("{ " + string.Join(' ', Enumerable.Range(0, 400).Select(i => $"x{i}")) + " }");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(5, JsonDocument.Parse(body).RootElement.GetProperty("errors").GetArrayLength());
        Assert.True(body.Length < 10_000, $"{body.Length} bytes");
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413()
    {
        var padding = new string(' ', 1024 * 1024);
        using var response = await api.Client.PostAsync("/graphql",
            new StringContent("{\"query\":\"{ __typename " + padding + "}\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await NextRequestWorksAsync();
    }

    [Fact]
    public async Task NulCharactersInTheDocumentOrVariablesAreRefusedBeforeTheDatabase()
    {
        var ((inline, variable), sql) = await SqlStatements.CountAsync(api.Factory.Services, async () => (
            await api.PostAsync("{ models(where: { name: { contains: \"a\\u0000b\" } }) { nodes { name } } }"),
            await api.PostAsync("query($s: String!) { model(slug: $s) { name } }", new { s = "a\0b" })));
        using var disposedInline = inline;
        using var disposedVariable = variable;
        foreach (var response in new[] { inline, variable })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
            Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        }

        Assert.Equal(0, sql);
        await NextRequestWorksAsync();
    }

    [Fact]
    public async Task ALoneSurrogateInTheBodyIsInvalidJsonAndOtherUnicodeIsMatchedLiterally()
    {
        using var lone = await api.Client.PostAsync("/graphql", new StringContent(
            "{\"query\":\"{ model(slug: \\\"\\ud800\\\") { name } }\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, lone.StatusCode);
        Assert.Contains("JSON_INVALID", await lone.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var data = await api.DataAsync("{ models(where: { name: { contains: \"\u202E\u200B\" } }) { nodes { name } } }");
        Assert.Equal(0, data.GetProperty("models").GetProperty("nodes").GetArrayLength());

        // A character outside ASCII that the data holds finds exactly the rows that hold it.
        var dashed = await TestPostgres.ScalarAsync<long>(api.ConnectionString, "SELECT count(*) FROM source WHERE strpos(title, '—') > 0");
        Assert.True(dashed > 0, "no source title with an em dash");
        var sources = await api.DataAsync("{ sources(where: { title: { contains: \"—\" } }) { totalCount } }");
        Assert.Equal(dashed, sources.GetProperty("sources").GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task ThirtyAliasesAreAllowed()
    {
        var data = await api.DataAsync("{ " + string.Join(' ', Enumerable.Range(0, 30).Select(i => $"a{i}: __typename")) + " }");
        Assert.Equal("Query", data.GetProperty("a29").GetString());
    }

    [Fact]
    public async Task TheIdesIntrospectionQueryIsWithinTheLimits()
    {
        var data = await api.DataAsync("""
            query IntrospectionQuery { __schema { queryType { name } types { ...FullType } directives { name args { ...InputValue } } } }
            fragment FullType on __Type { kind name fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name } possibleTypes { ...TypeRef } }
            fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
            """);
        Assert.True(data.GetProperty("__schema").GetProperty("types").GetArrayLength() > 50);
    }

    private async Task NextRequestWorksAsync()
    {
        var data = await api.DataAsync("{ model(slug: \"moskvitch-412\") { name } }");
        Assert.Equal("Moskvitch 412", data.GetProperty("model").GetProperty("name").GetString());
    }
}
