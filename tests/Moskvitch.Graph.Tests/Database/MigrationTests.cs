using Microsoft.Extensions.Logging.Abstractions;
using Moskvitch.Graph.Data;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Database;

public sealed class MigrationTests : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await TestPostgres.CreateEmptyDatabaseAsync("migrations");

    public Task DisposeAsync() => TestPostgres.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task MigrationsAppliedTwiceChangeNothing()
    {
        var first = DatabaseMigrator.Migrate(_connectionString, NullLogger.Instance);
        var afterFirst = await SchemaFingerprintAsync();

        var second = DatabaseMigrator.Migrate(_connectionString, NullLogger.Instance);
        var afterSecond = await SchemaFingerprintAsync();

        Assert.NotEmpty(DatabaseMigrator.ScriptNames);
        Assert.Equal(DatabaseMigrator.ScriptNames.Count, first.Count);
        Assert.Empty(second);
        // The fingerprint compared holds the tables' columns and rows.
        Assert.Contains("model.slug:text", afterFirst, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^rows:model=[1-9]", afterFirst);
        Assert.Equal(afterFirst, afterSecond);
        Assert.Equal(DatabaseMigrator.ScriptNames.Count,
            await TestPostgres.ScalarAsync<long>(_connectionString, "SELECT count(*) FROM schema_versions"));
    }

    [Fact]
    public void ScriptsAreNumberedAndOrdered()
    {
        var names = DatabaseMigrator.ScriptNames.Select(n => n["Migrations.".Length..]).ToList();
        Assert.StartsWith("0001_", names[0], StringComparison.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            Assert.Matches(@"^\d{4}_[a-z0-9_]+\.sql$", names[i]);
            Assert.Equal(i + 1, int.Parse(names[i][..4], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Every column of every table with its type, plus every table's row count.</summary>
    private async Task<string> SchemaFingerprintAsync() =>
        await TestPostgres.ScalarAsync<string>(_connectionString, """
            SELECT string_agg(line, E'\n' ORDER BY line) FROM (
              SELECT table_name || '.' || column_name || ':' || data_type AS line
              FROM information_schema.columns WHERE table_schema = 'public'
              UNION ALL
              SELECT 'rows:' || relname || '=' || (xpath('/row/c/text()',
                     query_to_xml(format('SELECT count(*) AS c FROM public.%I', relname), false, true, '')))[1]::text
              FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace
            ) t
            """) ?? "";
}
