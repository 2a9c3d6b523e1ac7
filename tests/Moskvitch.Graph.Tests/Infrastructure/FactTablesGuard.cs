using Moskvitch.Graph.Data;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>
/// Tests that loop over <see cref="MoskvitchDbContext.FactTables"/> first check it against the database, so that the loop
/// covers every fact table and cannot pass by covering none.
/// </summary>
public static class FactTablesGuard
{
    /// <summary>
    /// Asserts that the fact tables are exactly the database's tables that have a <c>{table}_source</c> table of
    /// citations (and that there are some).
    /// </summary>
    public static async Task AssertAreTheCitedTablesAsync(string connectionString)
    {
        var cited = new List<string>();
        await using (var connection = new Npgsql.NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("""
                SELECT t.relname FROM pg_class t JOIN pg_class c ON c.relname = t.relname || '_source' AND c.relnamespace = t.relnamespace
                WHERE t.relnamespace = 'public'::regnamespace AND t.relkind = 'r' AND c.relkind = 'r'
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                cited.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(cited);
        Assert.Equal(cited.Order(StringComparer.Ordinal), MoskvitchDbContext.FactTables.Values.Order(StringComparer.Ordinal));
    }
}
