using System.Text.Json;
using Moskvitch.Graph.Conventions.Data;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Api;

/// <summary>
/// A root connection written without variables runs, from its second resolution on, as queries compiled once: its
/// answers (rows, cursors, page info, counts, errors) are those of the general path, sent for every shape of argument
/// the connections take; a connection with variables stays on the general path. The compiled plans are counted for the
/// whole process, so these tests run alone (<see cref="RunsAlone"/>). Compiled queries are part of field execution,
/// which these tests keep every document on (direct statements off).
/// </summary>
[Collection(RunsAlone.Name)]
public sealed partial class CompiledConnectionTests(FieldExecutionApiFixture api) : IClassFixture<FieldExecutionApiFixture>
{
    [System.Text.RegularExpressions.GeneratedRegex("\"requestId\":\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex RequestId();

    public static TheoryData<string> Documents() =>
    [
        """query Q1List { models(where: { yearFrom: { gt: 1960 } }, order: [{ yearFrom: ASC }, { id: ASC }], first: 10) { nodes { id slug name code yearFrom yearTo bodyType maker { name country } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""",
        """query Q4Count { models(where: { yearFrom: { gt: 1960 } }, order: [{ yearFrom: ASC }, { id: ASC }], first: 10) { totalCount nodes { id name yearFrom } } }""",
        """{ models(where: { maker: { name: { contains: "Opel" } } }, order: [{ maker: { name: DESC } }, { name: ASC }], first: 3) { totalCount edges { cursor node { slug maker { slug } } } } }""",
        """{ models(isMoskvitch: true, activeIn: 1975, last: 4) { totalCount nodes { slug yearFrom } pageInfo { hasPreviousPage hasNextPage } } }""",
        """{ models(where: { or: [{ code: { startsWith: "21" } }, { bodyType: { eq: STATION_WAGON } }] }, first: 5) { nodes { slug code bodyType } } }""",
        """{ models(first: 2, after: "eyJTIjoiMDAwMDAwMDAiLCJLIjpbXX0") { nodes { slug } } }""",
        """{ models(first: 100) { nodes { slug } } }""",
        """{ events(where: { year: { gte: 1990, lte: 2010 } }, order: [{ year: DESC }], first: 6) { totalCount nodes { title year } } }""",
        """{ figures(first: 4, order: [{ year: ASC }]) { totalCount } }""",
        """{ claims(disputedOnly: true, order: [{ value: DESC }], first: 5) { totalCount nodes { attribute value } } }""",
        """{ organizations(first: 3) { nodes { slug name } } a: models(first: 1) { nodes { slug } } }""",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task AnswersFromTheCompiledQueriesAreThoseOfTheGeneralPath(string document)
    {
        var general = await SendAsync(document);
        var compiling = await SendAsync(document);
        var compiled = await SendAsync(document);
        var again = await SendAsync(document);

        Assert.Equal(general, compiling);
        Assert.Equal(general, compiled);
        Assert.Equal(general, again);
    }

    [Fact]
    public async Task ACompiledConnectionWhoseRowsReadASubqueryRunsOnEachRequestsOwnContext()
    {
        // The disputed claims are those with another claimed value: a subquery on the row source's own DbContext.
        const string Disputed = """{ claims(disputedOnly: true, first: 50) { totalCount nodes { subjectKind attribute value } } }""";
        var general = await SendAsync(Disputed);
        await SendAsync(Disputed);

        // Many at once, each on a context of its own from the pool: none may read through another request's.
        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => SendAsync(Disputed)));
        Assert.All(answers, answer => Assert.Equal(general, answer));
        Assert.Contains("\"totalCount\"", general);
    }

    [Fact]
    public async Task AFixedConnectionIsCompiledOnItsSecondResolutionAndOneWithVariablesNever()
    {
        const string Fixed = """{ models(where: { yearFrom: { lt: 1950 } }, order: [{ name: ASC }], first: 3) { nodes { slug } pageInfo { endCursor } } }""";
        await SendAsync(Fixed);
        var before = CompiledConnections.Count;
        await SendAsync(Fixed);
        Assert.Equal(before + 1, CompiledConnections.Count);

        const string WithVariables = """query After($year: Int!) { models(where: { yearFrom: { gt: $year } }, order: [{ yearFrom: ASC }], first: 3) { nodes { slug } } }""";
        var counted = CompiledConnections.Count;
        var early = await SendAsync(WithVariables, new { year = 1940 });
        await SendAsync(WithVariables, new { year = 1940 });
        var later = await SendAsync(WithVariables, new { year = 2000 });
        Assert.Equal(counted, CompiledConnections.Count);
        Assert.NotEqual(early, later);
    }

    private async Task<string> SendAsync(string query, object? variables = null)
    {
        using var response = await api.PostAsync(query, variables);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        // Every error carries its own request's id.
        return $"{(int)response.StatusCode} {RequestId().Replace(body.GetRawText(), "")}";
    }
}
