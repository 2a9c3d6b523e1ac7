using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Conventions;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Api;

/// <summary>
/// Root <c>totalCount</c>s and searches are kept per PostgreSQL snapshot: asked again over unchanged data they run no
/// count or search statement, and a committed change is seen by the next request.
/// </summary>
public sealed class SnapshotCacheTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Query = """
        query Q($after: Int!) {
          models(where: { yearFrom: { gt: $after } }) { totalCount }
          search(text: "opel kadett", first: 5) { rank }
        }
        """;

    [Fact]
    public async Task CountsAndSearchHitsAreReusedUntilACommittedChange()
    {
        var cache = api.Factory.Services.GetRequiredService<SnapshotCache>();

        var (first, firstStatements) = await Run(1960);
        Assert.Equal(4, firstStatements); // snapshot, count, snapshot, search
        Assert.Equal(await CountAsync(1960), Total(first));

        // Asked again under the same snapshot: the two snapshot statements only, and the same answer. Other tests write
        // to the same PostgreSQL cluster (their databases), which moves the snapshot; so the pair is asked until no
        // write fell between them.
        var hitsBefore = cache.Hits;
        var repeated = false;
        for (var attempt = 0; attempt < 20 && !repeated; attempt++)
        {
            var before = await SnapshotAsync();
            var (warm, _) = await Run(1960);
            var (again, againStatements) = await Run(1960);
            if (before == await SnapshotAsync())
            {
                Assert.Equal(2, againStatements);
                Assert.Equal(first.GetRawText(), warm.GetRawText());
                Assert.Equal(first.GetRawText(), again.GetRawText());
                repeated = true;
            }
        }

        Assert.True(repeated, "the cluster's snapshot moved between every pair of requests");
        Assert.True(cache.Hits >= hitsBefore + 2, $"hits {cache.Hits}");

        // Another argument value is another statement.
        var (otherData, otherStatements) = await SqlStatements.CountAsync(api.Factory.Services,
            () => api.DataAsync("query($after: Int!) { models(where: { yearFrom: { gt: $after } }) { totalCount } }", new { after = 1970 }));
        var other = Total(otherData);
        Assert.Equal(2, otherStatements); // snapshot, count
        Assert.Equal(await CountAsync(1970), other);
        Assert.True(other < Total(first));

        // A committed change moves the snapshot: the next request counts and searches again and sees it.
        await TestPostgres.ExecuteAsync(api.ConnectionString,
            "UPDATE model SET year_from = 1961 WHERE id = (SELECT min(id) FROM model WHERE year_from <= 1960 AND (year_to IS NULL OR year_to >= 1961))");
        var (third, thirdStatements) = await Run(1960);
        Assert.Equal(4, thirdStatements);
        Assert.Equal(Total(first) + 1, Total(third));
        Assert.Equal(await CountAsync(1960), Total(third));
    }

    [Theory]
    [InlineData("slug: { in: [\"moskvitch-412\"] }", "slug IN ('moskvitch-412')",
        "slug: { in: [\"moskvitch-412\", \"moskvitch-400\"] }", "slug IN ('moskvitch-412', 'moskvitch-400')")]
    [InlineData("name: { contains: \"Moskvitch 4\" }", "strpos(name, 'Moskvitch 4') > 0",
        "name: { contains: \"Moskvitch 41\" }", "strpos(name, 'Moskvitch 41') > 0")]
    [InlineData("yearFrom: { in: [1967] }", "year_from IN (1967)", "yearFrom: { in: [1967, 1976] }", "year_from IN (1967, 1976)")]
    public async Task CountsThatDifferOnlyInAListOrTextArgumentAreKeptApart(string one, string oneSql, string other, string otherSql)
    {
        var expectedOne = (int)(await TestPostgres.ScalarAsync<long>(api.ConnectionString, $"SELECT count(*) FROM model WHERE {oneSql}"));
        var expectedOther = (int)(await TestPostgres.ScalarAsync<long>(api.ConnectionString, $"SELECT count(*) FROM model WHERE {otherSql}"));
        Assert.NotEqual(expectedOne, expectedOther);
        foreach (var (where, expected) in new[] { (one, expectedOne), (other, expectedOther), (one, expectedOne), (other, expectedOther) })
        {
            Assert.Equal(expected, Total(await api.DataAsync($"{{ models(where: {{ {where} }}) {{ totalCount }} }}")));
        }
    }

    private Task<(JsonElement Data, int Statements)> Run(int after) =>
        SqlStatements.CountAsync(api.Factory.Services, () => api.DataAsync(Query, new { after }));

    private async Task<string> SnapshotAsync() =>
        (await TestPostgres.ScalarAsync<string>(api.ConnectionString, "SELECT pg_current_snapshot()::text"))!;

    private static int Total(JsonElement data) => data.GetProperty("models").GetProperty("totalCount").GetInt32();

    private async Task<int> CountAsync(int after) =>
        (int)(await TestPostgres.ScalarAsync<long>(api.ConnectionString, $"SELECT count(*) FROM model WHERE year_from > {after}"));
}
