using System.Text;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Api;

/// <summary>
/// A root connection's <c>totalCount</c> counts exactly the rows the connection pages through: for every root
/// connection and each of its arguments, alone, combined, aliased side by side in one document, and repeated so that
/// the result cache answers, it equals the number of nodes read by paging to the end.
/// </summary>
public sealed class TotalCountTests(UnmeteredApiFixture api) : IClassFixture<UnmeteredApiFixture>
{
    private static readonly HashSet<string> PagingArguments = ["first", "after", "last", "before"];

    /// <summary>
    /// Argument lists per root connection. Every argument a root connection takes (other than the paging ones) appears
    /// in at least one case, alone and combined with others (checked against the schema by
    /// <see cref="EveryRootConnectionAndEachOfItsArgumentsHasACase"/>).
    /// </summary>
    private static readonly Dictionary<string, string[]> Cases = new(StringComparer.Ordinal)
    {
        ["models"] =
        [
            "", "activeIn: 1962", "activeIn: 2022", "isMoskvitch: true", "isMoskvitch: false",
            "activeIn: 1962, isMoskvitch: true", "activeIn: 1962, isMoskvitch: false",
            "where: { yearFrom: { gte: 1960 } }", "where: { yearFrom: { gte: 1960 } }, isMoskvitch: true, activeIn: 1975",
            "order: [{ name: DESC }], activeIn: 1970", "where: { name: { contains: \"412\" } }, order: [{ yearFrom: ASC }]",
        ],
        ["events"] =
        [
            "", "year: 1930", "year: 1991", "year: 2022", "where: { kind: { eq: RENAME } }", "year: 1991, where: { kind: { neq: AWARD } }",
            "order: [{ title: ASC }], year: 2006",
        ],
        ["plantNames"] =
        [
            "", "activeIn: 1935", "activeIn: 1990", "activeIn: 2022", "where: { yearFrom: { gte: 1960 } }",
            "activeIn: 1990, where: { abbreviation: { neq: null } }", "order: [{ name: ASC }], activeIn: 1950",
        ],
        ["ownerships"] =
        [
            "", "activeIn: 2010", "activeIn: 1995", "where: { role: { eq: SHAREHOLDER } }", "activeIn: 2010, where: { role: { eq: SHAREHOLDER } }",
            "order: [{ fromYear: DESC }], activeIn: 2005",
        ],
        ["claims"] =
        [
            "", "disputedOnly: true", "disputedOnly: false", "where: { attribute: { eq: \"yearFrom\" } }",
            "disputedOnly: true, where: { attribute: { eq: \"yearTo\" } }", "order: [{ value: DESC }], disputedOnly: true",
        ],
        ["assemblies"] = ["", "where: { country: { eq: \"Bulgaria\" } }", "order: [{ yearFrom: DESC }], where: { yearFrom: { gte: 1960 } }"],
        ["designInfluences"] = ["", "where: { kind: { eq: CLONE } }", "order: [{ aspect: ASC }], where: { aspect: { eq: BODY } }"],
        ["engines"] = ["", "where: { displacementCc: { gte: 1400 } }", "order: [{ displacementCc: DESC }], where: { cylinders: { eq: 4 } }"],
        ["exports"] = ["", "where: { destination: { contains: \"a\" } }", "order: [{ yearFrom: DESC }], where: { units: { gt: 1000 } }"],
        ["figures"] = ["", "where: { year: { gte: 1980 } }", "order: [{ value: DESC }], where: { metric: { eq: PRODUCTION } }"],
        ["organizations"] = ["", "where: { country: { eq: \"Russia\" } }", "order: [{ name: DESC }], where: { foundedYear: { lt: 1950 } }"],
        ["people"] = ["", "where: { name: { contains: \"o\" } }", "order: [{ name: DESC }], where: { description: { neq: null } }"],
        ["places"] = ["", "where: { kind: { eq: CITY } }", "order: [{ name: DESC }], where: { country: { eq: \"Russia\" } }"],
        ["sources"] = ["", "where: { kind: { eq: REFERENCE } }", "order: [{ title: ASC }], where: { number: { lte: 30 } }"],
        ["successions"] = ["", "where: { note: { neq: null } }", "order: [{ id: DESC }], where: { successor: { yearFrom: { gte: 1960 } } }"],
        ["inferences"] = ["", "where: { subjectKind: { eq: ORGANIZATION } }", "order: [{ attribute: DESC }], where: { value: { neq: null } }"],
        ["negativeFacts"] = ["", "where: { kind: { eq: NO_EVIDENCE } }", "order: [{ property: DESC }], where: { subjectKind: { eq: ORGANIZATION } }"],
    };

    public static TheoryData<string> Connections() => [.. Cases.Keys];

    [Fact]
    public async Task EveryRootConnectionAndEachOfItsArgumentsHasACase()
    {
        var fields = (await api.DataAsync("{ __schema { queryType { fields { name args { name } type { name } } } } }"))
            .GetProperty("__schema").GetProperty("queryType").GetProperty("fields").EnumerateArray()
            .Where(f => f.GetProperty("type").GetProperty("name").GetString()?.EndsWith("Connection", StringComparison.Ordinal) == true)
            .ToList();
        Assert.Equal(17, fields.Count);
        Assert.Equal(fields.Select(f => f.GetProperty("name").GetString()!).Order(StringComparer.Ordinal), Cases.Keys.Order(StringComparer.Ordinal));
        foreach (var field in fields)
        {
            var name = field.GetProperty("name").GetString()!;
            foreach (var argument in field.GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).Where(a => !PagingArguments.Contains(a)))
            {
                Assert.True(Cases[name].Any(c => c.StartsWith(argument + ":", StringComparison.Ordinal)), $"{name}: no case with `{argument}` alone or first");
                Assert.True(Cases[name].Any(c => c.Contains(argument + ":", StringComparison.Ordinal) && c.Contains(',', StringComparison.Ordinal)), $"{name}: no case combining `{argument}` with another argument");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Connections))]
    public async Task TotalCountEqualsTheNodesReadByPagingToTheEndForEachArgumentAloneAndCombined(string connection)
    {
        var counts = new List<int>();
        foreach (var arguments in Cases[connection])
        {
            var paged = await PagedCountAsync(connection, arguments);
            counts.Add(paged);
            var alone = await api.DataAsync($"{{ {connection}{Arguments(arguments)} {{ totalCount }} }}");
            Assert.True(paged == alone.GetProperty(connection).GetProperty("totalCount").GetInt32(), $"{connection}({arguments}): totalCount alone {alone} but paging read {paged} nodes");
            var withPage = await api.DataAsync($"{{ {connection}({Join("first: 3", arguments)}) {{ totalCount nodes {{ id }} }} }}");
            Assert.True(paged == withPage.GetProperty(connection).GetProperty("totalCount").GetInt32(), $"{connection}({arguments}): totalCount beside a page {withPage} but paging read {paged} nodes");
        }

        // The cases select different rows, so a count that ignored the arguments could not pass.
        Assert.True(counts.Distinct().Count() > 1, $"{connection}: every case counts {counts[0]}");
    }

    [Theory]
    [MemberData(nameof(Connections))]
    public async Task AliasedSideBySideInOneDocumentEachListHasItsOwnCountAlsoWhenTheCacheAnswers(string connection)
    {
        var cases = Cases[connection];
        var expected = new int[cases.Length];
        for (var i = 0; i < cases.Length; i++)
        {
            expected[i] = await PagedCountAsync(connection, cases[i]);
        }

        Assert.True(expected.Distinct().Count() > 1, $"{connection}: the cases should not all count alike");
        var document = new StringBuilder("{");
        for (var i = 0; i < cases.Length; i++)
        {
            document.Append($" a{i}: {connection}({Join("first: 50", cases[i])}) {{ totalCount nodes {{ id }} }}");
        }

        document.Append(" }");
        for (var round = 0; round < 3; round++)
        {
            var data = await api.DataAsync(document.ToString());
            for (var i = 0; i < cases.Length; i++)
            {
                var list = data.GetProperty("a" + i);
                Assert.True(expected[i] == list.GetProperty("totalCount").GetInt32(), $"round {round}, {connection}({cases[i]}): totalCount {list.GetProperty("totalCount")} but paging read {expected[i]} nodes");
                Assert.Equal(Math.Min(50, expected[i]), list.GetProperty("nodes").GetArrayLength());
            }
        }
    }

    [Fact]
    public async Task ListsOfDifferentConnectionsAliasedInOneDocumentEachHaveTheirOwnCount()
    {
        var picks = new (string Connection, string Arguments)[]
        {
            ("models", "activeIn: 1962"), ("models", "isMoskvitch: false"), ("events", "year: 1991"), ("plantNames", "activeIn: 1990"),
            ("ownerships", "activeIn: 2010"), ("claims", "disputedOnly: true"), ("models", ""), ("events", ""),
        };
        var expected = new List<int>();
        foreach (var (connection, arguments) in picks)
        {
            expected.Add(await PagedCountAsync(connection, arguments));
        }

        Assert.DoesNotContain(0, expected);
        Assert.True(expected.Distinct().Count() > 1, "the picks should not all count alike");

        var document = "{" + string.Concat(picks.Select((p, i) => $" a{i}: {p.Connection}({Join("first: 50", p.Arguments)}) {{ totalCount nodes {{ id }} }}")) + " }";
        for (var round = 0; round < 2; round++)
        {
            var data = await api.DataAsync(document);
            for (var i = 0; i < picks.Length; i++)
            {
                Assert.True(expected[i] == data.GetProperty("a" + i).GetProperty("totalCount").GetInt32(), $"round {round}, {picks[i]}: totalCount {data.GetProperty("a" + i).GetProperty("totalCount")}, paging read {expected[i]}");
            }
        }
    }

    [Fact]
    public async Task ModelsActiveIn1962CountsTheModelsItListsNotEveryModel()
    {
        // The report's example: `models(activeIn: 1962)` answered totalCount 53 (every model) with 3 nodes.
        var data = await api.DataAsync("{ models(activeIn: 1962, first: 50) { totalCount nodes { name } } }");
        var models = data.GetProperty("models");
        var nodes = models.GetProperty("nodes").GetArrayLength();
        Assert.InRange(nodes, 1, 49);
        Assert.True(nodes < await TestPostgres.ScalarAsync<long>(api.ConnectionString, "SELECT count(*) FROM model"));
        Assert.Equal(nodes, models.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task NestedConnectionsWithTheirOwnArgumentsAliasedSideBySideCountWhatEachLists()
    {
        const string Lists = """
            a: owners(first: 50, activeIn: 2010) { totalCount nodes { id } }
            b: owners(first: 50, activeIn: 1995) { totalCount nodes { id } }
            c: owners(first: 50) { totalCount nodes { id } }
            d: holdings(first: 50, activeIn: 2010) { totalCount nodes { id } }
            e: holdings(first: 50, activeIn: 2010, where: { role: { eq: OPERATOR } }) { totalCount nodes { id } }
            f: models(first: 50, where: { yearFrom: { gte: 1960 } }) { totalCount nodes { id } }
            """;
        for (var round = 0; round < 2; round++)
        {
            var organizations = (await api.DataAsync($"{{ organizations(first: 50) {{ nodes {{ slug {Lists} }} }} }}"))
                .GetProperty("organizations").GetProperty("nodes").EnumerateArray().ToList();
            Assert.True(organizations.Count > 20, $"{organizations.Count} organizations");
            var counted = 0;
            foreach (var organization in organizations)
            {
                foreach (var alias in "abcdef")
                {
                    var list = organization.GetProperty(alias.ToString());
                    var nodes = list.GetProperty("nodes").GetArrayLength();
                    Assert.True(nodes == list.GetProperty("totalCount").GetInt32(), $"{organization.GetProperty("slug")}.{alias}: totalCount {list.GetProperty("totalCount")}, {nodes} nodes");
                    counted += nodes;
                }
            }

            // Each alias lists something somewhere, and the lists differ (2010 against 1995, all against a filter).
            Assert.All("abcdef", alias => Assert.Contains(organizations, o => o.GetProperty(alias.ToString()).GetProperty("nodes").GetArrayLength() > 0));
            Assert.Contains(organizations, o => o.GetProperty("a").GetProperty("totalCount").GetInt32() != o.GetProperty("b").GetProperty("totalCount").GetInt32());
            Assert.Contains(organizations, o => o.GetProperty("d").GetProperty("totalCount").GetInt32() != o.GetProperty("e").GetProperty("totalCount").GetInt32());
            Assert.True(counted > 0);
        }
    }

    /// <summary>The nodes of <paramref name="connection"/> with <paramref name="arguments"/>, read page by page to the end.</summary>
    private async Task<int> PagedCountAsync(string connection, string arguments)
    {
        var query = $"query($after: String) {{ {connection}({Join("first: 50, after: $after", arguments)}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}";
        var nodes = await api.AllNodesAsync(query, connection);
        Assert.Equal(nodes.Length, nodes.Select(n => n.GetProperty("id").GetString()).Distinct().Count());
        return nodes.Length;
    }

    private static string Arguments(string arguments) => arguments.Length == 0 ? "" : $"({arguments})";

    private static string Join(string first, string rest) => rest.Length == 0 ? first : first + ", " + rest;
}
