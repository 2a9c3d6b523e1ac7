using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>
/// The statements the service prepares are planned once, not on every request: PostgreSQL plans a prepared statement
/// for its first five executions, then keeps a generic plan when it costs no more. A look-up by id written as
/// <c>id = ANY(@keys)</c> never got there on the 100k bench database, nor on this fixture's (the generic plan is costed
/// for ten keys, the custom one for the one given; where the generic one wins depends on the table's size and order), so
/// it was planned again on every request; the service's database holds more models than the seeds for these tests to
/// see it. The look-ups go through field execution here: that is the path that batches keys.
/// </summary>
public sealed class PlanReuseTests(PlanReuseTests.ManyModelsFixture api) : IClassFixture<PlanReuseTests.ManyModelsFixture>
{
    [Fact]
    public async Task ALookUpByIdIsPlannedOnceNotOnEveryRequest()
    {
        // Twenty models looked up one per request, by global id as front-ends do, with a selection no other request sends.
        var ids = new List<string>();
        var page = await api.DataAsync("{ models(first: 20, order: [{ id: ASC }]) { nodes { id } } }");
        foreach (var node in page.GetProperty("models").GetProperty("nodes").EnumerateArray())
        {
            ids.Add(node.GetProperty("id").GetString()!);
        }

        for (var round = 0; round < 3; round++)
        {
            foreach (var id in ids)
            {
                var data = await api.DataAsync("query ($id: ID!) { model(id: $id) { id designation series generation } }", new { id });
                Assert.Equal(id, data.GetProperty("model").GetProperty("id").GetString());
            }
        }

        var sessions = await PooledSessions.EveryIdleAsync(api);
        try
        {
            var executions = 0L;
            foreach (var session in sessions)
            {
                var plans = await PooledSessions.TextAsync(session, """
                    SELECT coalesce(string_agg(generic_plans || '/' || custom_plans, ','), '') FROM pg_prepared_statements
                     WHERE NOT from_sql AND statement LIKE '%FROM model AS m%' AND statement LIKE '%m.designation%' AND statement LIKE '%m.series%'
                    """);
                foreach (var counts in plans.Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    var generic = long.Parse(counts.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
                    var custom = long.Parse(counts.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture);
                    executions += generic + custom;
                    Assert.True(custom <= 5, $"the look-up was planned for each of its {custom} executions in a session ({generic} on a generic plan)");
                }
            }

            Assert.True(executions >= 6, $"the look-up's prepared statement ran {executions} times in the pooled sessions");
        }
        finally
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }
        }
    }

    /// <summary>The service over a database with a thousand more models than the seeds (slugs <c>plan-…</c>), analysed.</summary>
    public sealed class ManyModelsFixture : ApiFixture
    {
        // The general path's look-up (a document with a direct statement is answered by one that reads `id = @p0`).
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
            builder.UseSetting("GraphQL:Limits:DirectExecution", "false");

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await TestPostgres.ExecuteAsync(ConnectionString, """
                INSERT INTO model (slug, code, name) SELECT 'plan-' || g, 'P' || g, 'Plan ' || g FROM generate_series(1, 1000) AS g;
                ANALYZE model;
                """);
        }
    }
}
