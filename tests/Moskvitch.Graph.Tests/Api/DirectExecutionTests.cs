using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Conventions.Direct;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Api;

/// <summary>
/// Operations answered by one SQL statement that writes their JSON (<see cref="DirectPlan"/>) answer exactly what field
/// execution answers: every document here is sent to two services over the same database, one with direct statements
/// (the default) and one without, and their response bodies must be the same bytes. What the direct statements cannot
/// answer, or answer differently, goes through field execution. Its burst of concurrent requests runs alone
/// (<see cref="RunsAlone"/>).
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class DirectExecutionTests(DirectExecutionTests.BothPathsFixture api) : IClassFixture<DirectExecutionTests.BothPathsFixture>
{
    private DirectExecutionStrategy Strategy => api.Factory.Services.GetRequiredService<DirectExecutionStrategy>();

    public static TheoryData<string, string?> Answered => new()
    {
        { """{ organization(slug: "mzma") { name kind models(first: 50) { nodes { id slug name code yearFrom bodyType status aliases isMoskvitch influences(first: 5) { nodes { aspect kind sourceModel { name maker { name country } } } } } } } }""", null },
        { """query ($id: ID!) { model(id: $id) { __typename id name designation generation series brand description maker { name slug } parentModel { slug } variants(first: 3) { nodes { slug } } } }""", """{ "id": "TW9kZWw6Ng==" }""" },
        { """{ model(slug: "moskvitch-400") { ...M } } fragment M on Model { name influences { __typename nodes { ... on DesignInfluence { kind sourceModel { name } } } } influenced(first: 2) { nodes { model { name } } } }""", null },
        { """{ places(first: 5) { nodes { id name } } people { nodes { name } } __typename }""", null },
        { """{ a: model(slug: "moskvitch-412") { n: name t: __typename } b: model(slug: "moskvitch-2141") { n: name } }""", null },
        { """query ($slug: String!, $n: Int) { organization(slug: $slug) { models(first: $n) { nodes { slug } } } }""", """{ "slug": "azlk", "n": 0 }""" },
        { """query ($slug: String!, $n: Int) { organization(slug: $slug) { models(first: $n) { nodes { slug } } } }""", """{ "slug": "azlk", "n": null }""" },
        { """{ model(slug: "no-such-model") { name } organization(slug: "mzma") { models(first: 2) { nodes { variants { nodes { name } } } } } }""", null },
        { """query ($id: ID!) { model(id: $id) { id slug code name designation yearFrom yearTo generation series bodyType brand status aliases isMoskvitch __typename maker { __typename name country } parentModel { slug maker { name } } } }""", """{ "id": "TW9kZWw6Ng==" }""" },
        { """{ model(slug: "moskvitch-412") { name parentModel { name slug } } }""", null },
        { """{ m: model(slug: "no-such-model") { name } }""", null },
        { """{ organization(slug: "mzma") { kind n: name } }""", null },
        { """{ models(where: { yearFrom: { gt: 1960 } }, order: [{ yearFrom: ASC }, { id: ASC }], first: 3) { nodes { slug maker { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""", null },
        { """{ models(first: 3) { pageInfo { __typename endCursor hasNextPage } } }""", null },
        { """{ models(first: 0) { pageInfo { hasNextPage startCursor endCursor } nodes { name } } }""", null },
        { """{ models(where: { yearFrom: { gt: 3000 } }) { pageInfo { hasNextPage startCursor endCursor } nodes { name } } }""", null },
        { """{ places(where: { name: { eq: "Rüsselsheim" } }, order: { name: DESC }) { nodes { name } pageInfo { startCursor endCursor } } }""", null },
        { """{ organization(slug: "mzma") { models(first: 2, order: [{ name: DESC }]) { nodes { name } } } }""", null },
        { """{ organizations(first: 4) { nodes { models(first: 2, where: { yearTo: { gte: 1970 } }, order: { yearTo: DESC }) { pageInfo { hasNextPage endCursor } nodes { name yearTo } } } } }""", null },
        { """query ($y: Int!, $code: String!) { models(first: 5, where: { or: [{ yearFrom: { lt: $y } }, { code: { eq: $code } }], yearTo: { neq: 1956 } }) { nodes { code yearFrom yearTo } } }""", """{ "y": 1947, "code": "412" }""" },
        { """{ models(first: 4, where: { and: [{ yearFrom: { gte: 1960 } }, { yearFrom: { lte: 1970 } }], isMoskvitch: { eq: true } }, order: [{ yearTo: ASC }, { code: DESC }]) { pageInfo { startCursor endCursor } nodes { code yearTo } } }""", null },
    };

    public static TheoryData<string, string?> LeftToFieldExecution => new()
    {
        { """{ models(first: 3) { totalCount } }""", null },
        { """query ($w: ModelFilterInput) { models(where: $w, first: 3) { nodes { slug } } }""", """{ "w": { "yearFrom": { "gt": 1960 } } }""" },
        { """query ($y: Int) { models(where: { yearFrom: { eq: $y } }, first: 3) { nodes { slug } } }""", """{ "y": null }""" },
        { """{ models(where: { name: { contains: "412" } }, first: 3) { nodes { slug } } }""", null },
        { """{ models(where: { bodyType: { eq: SEDAN } }, first: 3) { nodes { slug } } }""", null },
        { """{ models(isMoskvitch: true, first: 3) { nodes { slug } } }""", null },
        { """{ models(order: [{ maker: { name: ASC } }], first: 3) { nodes { slug } } }""", null },
        { """{ models(order: [{ bodyType: ASC }], first: 3) { pageInfo { endCursor } } }""", null },
        { """{ models(first: 3, after: "eyJTIjoiIiwiSyI6W119") { nodes { slug } } }""", null },
        { """{ models(first: 2) { edges { cursor node { slug } } } }""", null },
        { """{ model(slug: "moskvitch-412") { name @skip(if: false) } }""", null },
        { """{ node(id: "TW9kZWw6Ng==") { id } }""", null },
        { """{ model(id: "TW9kZWw6Ng==", slug: "moskvitch-412") { name } }""", null },
        { """query ($id: ID!) { model(id: $id) { name } }""", """{ "id": "T3JnYW5pemF0aW9uOjE=" }""" },
        { """query ($id: ID!) { model(id: $id) { name } }""", """{ "id": "not an id" }""" },
        { """query ($n: Int) { models(first: $n) { nodes { name } } }""", """{ "n": 51 }""" },
        { """query ($n: Int) { models(first: $n) { nodes { name } } }""", """{ "n": -1 }""" },
        { """query ($s: String) { model(slug: $s) { name } }""", """{ "s": null }""" },
    };

    [Theory]
    [MemberData(nameof(Answered))]
    public async Task AnOperationItCanAnswerIsOneStatementAndTheSameBytes(string query, string? variables)
    {
        var served = Strategy.Served;
        var (direct, statements) = await SendAsync(api.Factory, query, variables);
        Assert.Equal(1, Strategy.Served - served);
        Assert.Equal(1, statements);
        var (field, _) = await SendAsync(api.FieldExecution, query, variables);
        Assert.Equal(field, direct);
        Assert.DoesNotContain("\"errors\"", direct, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LeftToFieldExecution))]
    public async Task AnOperationItCannotAnswerAlikeGoesThroughFieldExecution(string query, string? variables)
    {
        var served = Strategy.Served;
        var (direct, _) = await SendAsync(api.Factory, query, variables);
        var (field, _) = await SendAsync(api.FieldExecution, query, variables);
        Assert.Equal(0, Strategy.Served - served);
        Assert.Equal(WithoutRequestIds(field), WithoutRequestIds(direct));
    }

    [Fact]
    public async Task ConcurrentRequestsEachGetTheirOwnAnswerFromTheirOwnStatement()
    {
        const string Query = "query ($id: ID!) { model(id: $id) { id name maker { name } influences(first: 3) { nodes { kind sourceModel { name } } } } }";
        var ids = Enumerable.Range(1, 24).Select(i => Convert.ToBase64String(Encoding.UTF8.GetBytes($"Model:{i}"))).ToList();
        var expected = new Dictionary<string, string>();
        foreach (var id in ids)
        {
            expected[id] = (await SendAsync(api.FieldExecution, Query, JsonSerializer.Serialize(new { id }))).Body;
        }

        var (served, fallbacks) = (Strategy.Served, Strategy.Fallbacks);
        await Parallel.ForEachAsync(Enumerable.Range(0, 240), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var id = ids[i % ids.Count];
            var (body, _) = await SendAsync(api.Factory, Query, JsonSerializer.Serialize(new { id }));
            Assert.Equal(expected[id], body);
        });

        Assert.Equal(0, Strategy.Fallbacks - fallbacks);
        Assert.Equal(240, Strategy.Served - served);
    }

    [Fact]
    public async Task TheSettingTurnsItOff()
    {
        var strategy = api.FieldExecution.Services.GetRequiredService<DirectExecutionStrategy>();
        var (body, statements) = await SendAsync(api.FieldExecution, """{ organization(slug: "mzma") { models(first: 3) { nodes { influences { nodes { kind } } } } } }""", null);
        Assert.Equal(0, strategy.Served);
        Assert.Equal(3, statements);
        Assert.Contains("\"models\"", body, StringComparison.Ordinal);
    }

    /// <summary>The response's body, and the SQL statements the service sent meanwhile (exact only when nothing else runs).</summary>
    private static async Task<(string Body, int Statements)> SendAsync(WebApplicationFactory<Program> factory, string query, string? variables)
    {
        var client = factory.CreateClient();
        var payload = "{\"query\":" + JsonSerializer.Serialize(query) + (variables is null ? "" : ",\"variables\":" + variables) + "}";
        var (response, body, statements) = await SqlStatements.SendAsync(factory.Services,
            () => client.PostAsync("/graphql", new StringContent(payload, Encoding.UTF8, "application/json")));
        using (response)
        {
            return (body, statements);
        }
    }

    private static string WithoutRequestIds(string body) =>
        System.Text.RegularExpressions.Regex.Replace(body, "\"requestId\":\"[0-9a-f]+\"", "\"requestId\":\"\"");

    /// <summary>The service with direct statements, and a second one without them over the same database.</summary>
    public sealed class BothPathsFixture : UnmeteredApiFixture
    {
        private WebApplicationFactory<Program>? _fieldExecution;

        public WebApplicationFactory<Program> FieldExecution => _fieldExecution ?? throw new InvalidOperationException("Not initialized.");

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            _fieldExecution = Factory.WithWebHostBuilder(b => b.UseSetting("GraphQL:Limits:DirectExecution", "false"));
        }

        public override async Task DisposeAsync()
        {
            if (_fieldExecution is not null)
            {
                await _fieldExecution.DisposeAsync();
            }

            await base.DisposeAsync();
        }
    }
}
