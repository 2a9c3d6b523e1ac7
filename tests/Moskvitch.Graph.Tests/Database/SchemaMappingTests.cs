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

        var entityTypes = db.Model.GetEntityTypes().ToList();
        // Every table of the schema but DbUp's journal is mapped.
        Assert.Equal(
            await TestPostgres.ScalarAsync<long>(database.ConnectionString,
                "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> 'schema_versions'"),
            entityTypes.Select(e => e.GetTableName()).Distinct().Count());
        foreach (var entityType in entityTypes)
        {
            var table = entityType.GetTableName()!;
            var rows = await TestPostgres.ScalarAsync<long>(database.ConnectionString, $"SELECT count(*) FROM {table}");
            Assert.True(rows > 0, $"{table} is empty: nothing to read");
            var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(entityType.ClrType).Invoke(db, null)!;
            var read = (await set.AsNoTracking().ToListAsync()).Count;
            Assert.True(rows == read, $"{table}: {rows} rows in the table, {read} read through EF");
        }
    }

    [Fact]
    public async Task EveryEnumHasExactlyTheValuesOfItsColumnsCheckList()
    {
        await using var db = new MoskvitchDbContext(new DbContextOptionsBuilder<MoskvitchDbContext>()
            .UseNpgsql(database.ConnectionString).UseSnakeCaseNamingConvention().Options);
        var checks = new List<(string Table, string Definition)>();
        await using (var connection = new Npgsql.NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'c'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                checks.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var compared = 0;
        foreach (var entityType in db.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
            {
                var enumType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (!enumType.IsEnum)
                {
                    continue;
                }

                var column = property.GetColumnName();
                var pattern = new System.Text.RegularExpressions.Regex(@"\(" + column + @" = ANY \(ARRAY\[(?<values>[^\]]*)\]\)\)");
                var definition = checks.Where(c => c.Table == entityType.GetTableName()).Select(c => pattern.Match(c.Definition)).Single(m => m.Success);
                var inSchema = System.Text.RegularExpressions.Regex.Matches(definition.Groups["values"].Value, "'([^']*)'::text").Select(m => m.Groups[1].Value).Order().ToList();
                var converter = property.GetValueConverter()!;
                var inCode = Enum.GetValues(enumType).Cast<object>().Select(v => (string)converter.ConvertToProvider(v)!).Order().ToList();
                Assert.True(inSchema.SequenceEqual(inCode), $"{entityType.GetTableName()}.{column}: schema [{string.Join(", ", inSchema)}] vs {enumType.Name} [{string.Join(", ", inCode)}]");
                compared++;
            }
        }

        Assert.True(compared >= 20, $"only {compared} enum columns compared");
    }
}
