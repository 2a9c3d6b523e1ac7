using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Data;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>EF Core maps onto the schema db/migrations creates: every entity and citation type reads all its rows.</summary>
public sealed class SchemaMappingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task EveryMappedEntityReadsEveryRowOfItsTable()
    {
        await using var db = new MoskvitchDbContext(new DbContextOptionsBuilder<MoskvitchDbContext>()
            .UseNpgsql(database.ConnectionString).UseSnakeCaseNamingConvention().Options);

        foreach (var entityType in db.Model.GetEntityTypes())
        {
            var table = entityType.GetTableName()!;
            var rows = await TestPostgres.ScalarAsync<long>(database.ConnectionString, $"SELECT count(*) FROM {table}");
            var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(entityType.ClrType).Invoke(db, null)!;
            var read = (await set.AsNoTracking().ToListAsync()).Count;
            Assert.True(rows == read, $"{table}: {rows} rows in the table, {read} read through EF");
        }
    }
}
