using System.Data.Common;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Moskvitch.Graph.Conventions.Data;
using Moskvitch.Graph.Data;
using Moskvitch.Graph.Models;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Api;

/// <summary>Keyset paging walks any sort order page by page, both ways, with no OFFSET and no gaps or repeats.</summary>
public sealed class KeysetPagingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly SqlLog _sql = new();

    public static TheoryData<string> Orders => new()
    {
        """[{ "yearFrom": "ASC" }]""",
        """[{ "yearFrom": "DESC" }, { "name": "ASC" }]""",
        """[{ "bodyType": "DESC" }]""",
        """[{ "maker": { "name": "ASC" } }, { "unitsBuilt": "DESC" }]""",
        """[{ "isMoskvitch": "ASC" }, { "name": "DESC" }]""",
        "null",
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task ForwardAndBackwardPagesCoverTheOrderedRowsExactlyOnce(string order)
    {
        await using var db = Context();
        var keys = SortExpressions.Keys<Model>(Parse(order), [DataArguments.By((Model m) => m.Name)]);
        var expected = await SortExpressions.Apply(db.Models, keys).Select(m => m.Id).ToListAsync();

        var forward = new List<int>();
        string? after = null;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await KeysetPaging.PageAsync(db.Models, keys, new PageRequest(7, after, null, null), 50, default);
            forward.AddRange(page.Edges.Select(e => e.Node.Id));
            Assert.Equal(after is not null, page.HasPreviousPage);
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.Edges[^1].Cursor;
        }

        var backward = new List<int>();
        string? before = null;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await KeysetPaging.PageAsync(db.Models, keys, new PageRequest(null, null, 7, before), 50, default);
            backward.InsertRange(0, page.Edges.Select(e => e.Node.Id));
            if (!page.HasPreviousPage)
            {
                break;
            }

            before = page.Edges[0].Cursor;
        }

        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
        Assert.True(expected.Count >= 50);
        // The statements were seen: the expected list's, and one per page each way (at least 8 of 7 rows each way).
        Assert.True(_sql.Commands.Count >= 1 + (2 * ((expected.Count + 6) / 7)), $"{_sql.Commands.Count} statements seen");
        Assert.DoesNotContain(_sql.Commands, c => c.Contains("OFFSET", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ACursorFromAnotherSortOrderOrTamperedIsRefused()
    {
        await using var db = Context();
        var byName = SortExpressions.Keys<Model>(null, [DataArguments.By((Model m) => m.Name)]);
        var byYear = SortExpressions.Keys<Model>(Parse("""[{ "yearFrom": "ASC" }]"""), []);
        var page = await KeysetPaging.PageAsync(db.Models, byName, new PageRequest(3, null, null, null), 50, default);
        string cursor = page.Edges[^1].Cursor;

        foreach (var bad in new[] { cursor[..^2] + "xx", "!!!", "e30", Convert.ToBase64String("{\"S\":\"00000000\",\"K\":[1]}"u8.ToArray()) })
        {
            var error = await Assert.ThrowsAsync<ExecutionError>(() => KeysetPaging.PageAsync(db.Models, byName, new PageRequest(3, bad, null, null), 50, default));
            Assert.Equal("HC0078", error.Code);
        }

        var other = await Assert.ThrowsAsync<ExecutionError>(() => KeysetPaging.PageAsync(db.Models, byYear, new PageRequest(3, cursor, null, null), 50, default));
        Assert.Equal("HC0078", other.Code);
    }

    [Fact]
    public void PageSizesAreCheckedAsHotChocolateDoes()
    {
        var tooMany = Assert.Throws<ExecutionError>(() => KeysetPaging.Validate(new PageRequest(51, null, null, null), 50, "Query.models"));
        Assert.Equal("HC0051", tooMany.Code);
        Assert.Equal("The maximum allowed items per page were exceeded.", tooMany.Message);
        Assert.Equal(51, tooMany.Extensions!["requestedItems"]);
        Assert.Equal(50, tooMany.Extensions["maxAllowedItems"]);
        Assert.Equal("Query.models", tooMany.Extensions["fieldCoordinate"]);
        Assert.Equal("HC0079", Assert.Throws<ExecutionError>(() => KeysetPaging.Validate(new PageRequest(-1, null, null, null), 50, "Query.models")).Code);
        KeysetPaging.Validate(new PageRequest(50, null, null, null), 50, "Query.models");
    }

    private MoskvitchDbContext Context() =>
        new(new DbContextOptionsBuilder<MoskvitchDbContext>()
            .UseNpgsql(database.ConnectionString).UseSnakeCaseNamingConvention().AddInterceptors(_sql).Options);

    private static object? Parse(string json) =>
        json == "null" ? null : new GraphQL.SystemTextJson.GraphQLSerializer().Deserialize<Inputs>("{\"o\":" + json + "}")!["o"];

    private sealed class SqlLog : DbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            lock (Commands)
            {
                Commands.Add(command.CommandText);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
