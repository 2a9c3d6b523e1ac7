using System.Text.Json;
using Snapshooter.Xunit;

namespace Moskvitch.Graph.Conventions.Tests;

/// <summary>
/// What the conventions send to PostgreSQL for each kind of read, pinned: a change in any statement shows in review as
/// a change of its snapshot. Each test also checks the rows against the data in <see cref="LibraryDb.Sql"/>.
/// </summary>
public sealed class ConventionSqlTests(LibraryFixture library) : IClassFixture<LibraryFixture>
{
    [Fact]
    public async Task AFilteredSortedPageReadsOnlyItsRowsInOneStatementWithTheAuthorJoined()
    {
        var (result, sql) = await library.RunAsync("""
            { books(first: 2, where: { title: { contains: "a" }, year: { gte: 1870 } }, order: [{ year: DESC }]) {
                nodes { title year author { name } } pageInfo { hasNextPage } } }
            """);
        Assert.Equal(
            ["Heart of a Dog|1987|Bulgakov", "The Master and Margarita|1967|Bulgakov"],
            Nodes(result, "books").Select(n => $"{n.GetProperty("title")}|{n.GetProperty("year")}|{n.GetProperty("author").GetProperty("name")}"));
        Assert.True(result.GetProperty("data").GetProperty("books").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Snapshot.Match(sql);
    }

    [Fact]
    public async Task TheNextPageSeeksPastTheCursorsKeysInsteadOfAnOffsetAndBreaksTiesById()
    {
        var (first, _) = await library.RunAsync("{ books(first: 3, order: [{ year: ASC }]) { nodes { title } pageInfo { endCursor } } }");
        var cursor = first.GetProperty("data").GetProperty("books").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var (next, sql) = await library.RunAsync($$"""{ books(first: 3, after: "{{cursor}}", order: [{ year: ASC }]) { nodes { title } } }""");
        Assert.Equal(["War and Peace", "Anna Karenina", "What Is Art?"], Nodes(first, "books").Select(n => n.GetProperty("title").GetString()));
        Assert.Equal(["Hadji Murat", "Evening", "The White Guard"], Nodes(next, "books").Select(n => n.GetProperty("title").GetString()));
        Assert.DoesNotContain("OFFSET", Assert.Single(sql), StringComparison.Ordinal);
        Snapshot.Match(sql);
    }

    [Fact]
    public async Task NestedPagesOfEveryParentAreOneLateralStatementAndCountsOneGroupedStatement()
    {
        var (result, sql) = await library.RunAsync("""
            { authors { nodes { name books(first: 2) { totalCount nodes { title } } } } }
            """);
        var authors = Nodes(result, "authors").ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("books"));
        Assert.Equal(4, authors.Count);
        Assert.Equal(4, authors["Tolstoy"].GetProperty("totalCount").GetInt32());
        Assert.Equal(["War and Peace", "Anna Karenina"], authors["Tolstoy"].GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()));
        Assert.Equal(0, authors["Anonymous"].GetProperty("totalCount").GetInt32());
        Assert.Equal(3, sql.Count);

        // The page of authors comes first; the nested pages and the counts are two batches of the same step, which may
        // run in either order.
        Assert.StartsWith("SELECT a.id, a.name", sql[0], StringComparison.Ordinal);
        Assert.Single(sql, s => s.Contains("LATERAL", StringComparison.Ordinal));
        Snapshot.Match(sql.Take(1).Concat(sql.Skip(1).Order(StringComparer.Ordinal)).ToList());
    }

    [Fact]
    public async Task FiltersThroughAReferenceAndAListAndARootCountTranslateToSql()
    {
        var (result, sql) = await library.RunAsync("""
            { authors(where: { books: { some: { year: { lt: 1880 } } } }) { totalCount nodes { name } }
              books(where: { author: { born: { gt: 1885 } }, or: [{ year: { lt: 1920 } }, { title: { startsWith: "The" } }] }) { totalCount nodes { title } } }
            """);
        Assert.Equal(["Tolstoy"], Nodes(result, "authors").Select(n => n.GetProperty("name").GetString()));
        Assert.Equal(["Evening", "The Master and Margarita", "The White Guard"], Nodes(result, "books").Select(n => n.GetProperty("title").GetString()));
        Assert.Equal(3, result.GetProperty("data").GetProperty("books").GetProperty("totalCount").GetInt32());

        // The two root counts resolve in parallel, each on its own context: the statements of one count keep their
        // order (the snapshot statement, then the count), but the two interleave as they run. Every count follows a
        // snapshot statement of its own; the snapshot pins the statements, not the interleaving.
        var snapshots = 0;
        var counts = 0;
        foreach (var statement in sql)
        {
            snapshots += statement.Contains("pg_current_snapshot()", StringComparison.Ordinal) ? 1 : 0;
            counts += statement.StartsWith("SELECT count(*)", StringComparison.Ordinal) ? 1 : 0;
            Assert.True(counts <= snapshots, string.Join("\n---\n", sql));
        }

        Assert.Equal((2, 2), (snapshots, counts));
        Snapshot.Match(sql.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task ALookUpByGlobalIdReadsOnlyTheSelectedColumns()
    {
        var id = Convert.ToBase64String("Book:6"u8.ToArray());
        var (result, sql) = await library.RunAsync($$"""{ book(id: "{{id}}") { title } node(id: "{{id}}") { ... on Book { year } } }""");
        Assert.Equal("The Master and Margarita", result.GetProperty("data").GetProperty("book").GetProperty("title").GetString());
        Assert.Equal(1967, result.GetProperty("data").GetProperty("node").GetProperty("year").GetInt32());
        Assert.DoesNotContain("b.year", sql[0], StringComparison.Ordinal);
        Snapshot.Match(sql);
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement result, string connection)
    {
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty(connection).GetProperty("nodes").EnumerateArray();
    }
}
