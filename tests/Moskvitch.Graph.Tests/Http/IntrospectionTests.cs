using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>Introspection is open (for the IDE) but depth-bounded (HC0086); field suggestions come with it.</summary>
public sealed class IntrospectionTests(ApiFixture api, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ApiFixture>
{
    /// <summary>The standard introspection query GraphiQL and Banana Cake Pop send.</summary>
    public const string IdeIntrospectionQuery = """
        query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name } types { ...FullType } directives { name description locations args { ...InputValue } } } }
        fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        """;

    public static TheoryData<string> TooDeep => new()
    {
        // graphql-cop's circular introspection probe.
        "{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }",
        """{ __type(name: "Model") { fields { type { fields { name } } } } }""",
        """{ __type(name: "Model") { interfaces { possibleTypes { interfaces { name } } } } }""",
        "{ __schema { types { ...T } } } fragment T on __Type { fields { type { ...U } } } fragment U on __Type { fields { name } }",
        """{ __type(name: "Model") { name """ + string.Concat(Enumerable.Repeat("ofType { ", 17)) + "name" + new string('}', 17) + " } }",
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public async Task TooDeepIntrospectionIsRefusedBeforeItRuns(string query)
    {
        await NextRequestWorksAsync(api); // warm
        var clock = Stopwatch.StartNew();
        var (response, body, sql) = await SqlStatements.SendAsync(api.Factory.Services, () => api.PostAsync(query));
        using var disposed = response;

        output.WriteLine($"HOSTILE|{query[..Math.Min(50, query.Length)]}|{(int)response.StatusCode}|{body[..Math.Min(120, body.Length)]}|{clock.ElapsedMilliseconds} ms|{sql} SQL");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("data", out _), body);
        // 17 ofType levels are also over the selection depth (15): both errors are reported.
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray(), e => e.GetProperty("extensions").GetProperty("code").GetString() == "HC0086");
        Assert.Equal("Maximum allowed introspection depth exceeded.", error.GetProperty("message").GetString());
        Assert.True(error.TryGetProperty("locations", out _), body);
        Assert.Equal(0, sql);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"{clock.ElapsedMilliseconds} ms");
        await NextRequestWorksAsync(api);
    }

    public static TheoryData<string, int> RepeatedSchema => new()
    {
        // query, how many times it selects __schema under different response names
        { "{ " + string.Concat(Enumerable.Range(0, 20).Select(i => $"s{i}: __schema {{ types {{ fields {{ args {{ name type {{ name }} }} }} }} }} ")) + "}", 20 },
        { "{ a: __schema { types { name } } b: __schema { types { name } } }", 2 },
        { "{ __schema { types { name } } ... on Query { b: __schema { types { name } } } }", 2 },
        { "{ ...A ...B } fragment A on Query { a: __schema { types { name } } } fragment B on Query { b: __schema { types { name } } }", 2 },
    };

    [Theory]
    [MemberData(nameof(RepeatedSchema))]
    public async Task AnOperationSelectsSchemaAtMostOnce(string query, int times)
    {
        var (response, body, sql) = await SqlStatements.SendAsync(api.Factory.Services, () => api.PostAsync(query));
        using var disposed = response;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.Length < 2_000, $"{body.Length} characters answered");
        var error = Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("MAX_SCHEMA_FIELDS", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains($"{times} times", error.GetProperty("message").GetString()!, StringComparison.Ordinal);
        Assert.Equal(0, sql);
    }

    [Fact]
    public async Task OneSchemaBesideTypesAndTwoSchemasMergedUnderOneNamePass()
    {
        var data = await api.DataAsync("""{ __schema { queryType { name } } __schema { types { name } } t: __type(name: "Model") { name } u: __type(name: "Engine") { name } }""");
        Assert.Equal("Query", data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.True(data.GetProperty("__schema").GetProperty("types").GetArrayLength() > 50);
        Assert.Equal("Engine", data.GetProperty("u").GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheIdesIntrospectionQueryAndOneLevelOfListsPass()
    {
        var data = await api.DataAsync(IdeIntrospectionQuery);
        Assert.True(data.GetProperty("__schema").GetProperty("types").GetArrayLength() > 50);

        var once = await api.DataAsync("{ __schema { types { name fields { name type { name } } interfaces { name } possibleTypes { name } } } }");
        Assert.True(once.GetProperty("__schema").GetProperty("types").GetArrayLength() > 50);
    }

    [Fact]
    public async Task WithIntrospectionOnValidationErrorsSuggestFields()
    {
        using var response = await api.PostAsync("{ modle(slug: \"moskvitch-412\") { name } }");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Did you mean", body, StringComparison.Ordinal);
    }

    internal static async Task NextRequestWorksAsync(ApiFixture api)
    {
        var data = await api.DataAsync("{ model(slug: \"moskvitch-412\") { name } }");
        Assert.Equal("Moskvitch 412", data.GetProperty("model").GetProperty("name").GetString());
    }
}

/// <summary>With <c>GraphQL:Limits:Introspection</c> off: HC0046, and no suggestions in any message.</summary>
public sealed class IntrospectionOffTests(RestrictedApiFixture api, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<RestrictedApiFixture>
{
    [Theory]
    [InlineData("{ __schema { types { name } } }", "__schema")]
    [InlineData("query cop { __schema { types { name fields { name } } } }", "__schema")]
    [InlineData("""{ __type(name: "Model") { name } }""", "__type")]
    [InlineData("{ ...F } fragment F on Query { __schema { queryType { name } } }", "__schema")]
    public async Task IntrospectionIsRefusedBeforeItRuns(string query, string field)
    {
        // The clock times the refusal, not the first request of a service that has just started (its JIT and schema).
        await api.DataAsync("{ __typename }");
        var clock = Stopwatch.StartNew();
        var (response, body, sql) = await SqlStatements.SendAsync(api.Factory.Services, () => api.PostAsync(query));
        using var disposed = response;

        output.WriteLine($"HOSTILE|introspection off: {query[..Math.Min(40, query.Length)]}|{(int)response.StatusCode}|{body[..Math.Min(140, body.Length)]}|{clock.ElapsedMilliseconds} ms|{sql} SQL");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("Introspection is not allowed for the current request.", error.GetProperty("message").GetString());
        Assert.Equal("HC0046", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal(0, sql);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"{clock.ElapsedMilliseconds} ms");
        await IntrospectionTests.NextRequestWorksAsync(api);
    }

    [Fact]
    public async Task TypenameIsStillAnsweredWithIntrospectionOff()
    {
        var data = await api.DataAsync("{ __typename }");
        Assert.Equal("Query", data.GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("{ modle(slug: \"moskvitch-412\") { name } }", "'model'")]
    [InlineData("{ model(slug: \"moskvitch-412\") { nam } }", "'name'")]
    [InlineData("{ model(slgu: \"moskvitch-412\") { name } }", "'slug'")]
    [InlineData("query($w: ModelFilterInputt) { model(slug: \"x\") { name } }", "'ModelFilterInput'")]
    [InlineData("query cop { __schema { directive } }", "'directives'")]
    public async Task ValidationErrorsCarryNoSuggestions(string query, string suggestion)
    {
        using var response = await api.PostAsync(query);
        var body = await response.Content.ReadAsStringAsync();
        output.WriteLine($"HOSTILE|suggestions off: {query}|{(int)response.StatusCode}|{body[..Math.Min(160, body.Length)]}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Did you mean", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(suggestion, body, StringComparison.Ordinal);
    }
}

/// <summary>The introspection depth rule alone, without the selection-depth limit in front of it.</summary>
public sealed class IntrospectionDepthRuleTests
{
    [Theory]
    [InlineData(16, false)]
    [InlineData(17, true)]
    public async Task OfTypeMayNestSixteenTimes(int depth, bool refused)
    {
        var query = new GraphQL.Types.ObjectGraphType { Name = "Query" };
        query.Field<GraphQL.Types.StringGraphType>("name").Resolve(_ => "x");
        var result = await new GraphQL.DocumentExecuter().ExecuteAsync(new GraphQL.ExecutionOptions
        {
            Schema = new GraphQL.Types.Schema { Query = query },
            Query = """{ __type(name: "Query") { name """ + string.Concat(Enumerable.Repeat("ofType { ", depth)) + "name" + new string('}', depth) + " } }",
            ValidationRules = GraphQL.Validation.DocumentValidator.CoreRules.Append(new Moskvitch.Graph.Conventions.IntrospectionDepthRule(new())),
        });
        Assert.Equal(refused, result.Errors?.Any(e => e.Code == "HC0086") == true);
        Assert.Equal(!refused, result.Executed);
    }
}
