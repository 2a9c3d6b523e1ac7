using System.Text;
using Moskvitch.Graph.Data;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Downloads;

/// <summary>What the exports are compared with: the database, read with plain SQL; plus a CSV reader and a process runner.</summary>
internal static class DownloadTestSupport
{
    public static IEnumerable<string> FactTables => MoskvitchDbContext.FactTables.Values;

    public static async Task<List<object?[]>> RowsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static async Task<long> CountAsync(string connectionString, string table) =>
        await Moskvitch.Graph.Tests.Infrastructure.TestPostgres.ScalarAsync<long>(connectionString, $"SELECT count(*) FROM \"{table}\"");

    /// <summary>Each fact row's id and its source slugs (sorted ordinally, joined with ';'), straight from the citation table.</summary>
    public static async Task<Dictionary<int, string>> SourcesByIdAsync(string connectionString, string table)
    {
        var rows = await RowsAsync(connectionString,
            $"SELECT t.id, array_agg(s.slug) FROM \"{table}\" t JOIN \"{table}_source\" c ON c.\"{table}_id\" = t.id JOIN source s ON s.id = c.source_id GROUP BY t.id");
        return rows.ToDictionary(r => (int)r[0]!, r => SortedSlugs((string[])r[1]!));
    }

    public static string SortedSlugs(IEnumerable<string> slugs) => string.Join(';', slugs.Order(StringComparer.Ordinal));

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF.</summary>
    public static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                Assert.True(field.Length == 0, $"A quote inside an unquoted field at {i}.");
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                Assert.True(ch is not ('\r' or '\n'), $"A bare line break outside quotes at {i}.");
                field.Append(ch);
            }
        }

        Assert.False(quoted, "The CSV ends inside a quoted field.");
        Assert.True(fields.Count == 0 && field.Length == 0, "The last CSV record does not end with CRLF.");
        return records;
    }

    public static Task<(int Exit, string Stdout, string Stderr)> RunAsync(
        string tool, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout) =>
        ExternalTool.RunAsync(tool, args, workingDirectory, environment, timeout);
}
