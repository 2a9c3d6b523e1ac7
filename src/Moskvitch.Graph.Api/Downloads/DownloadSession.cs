using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using Moskvitch.Graph.Data;
using Npgsql;

namespace Moskvitch.Graph.Api.Downloads;

/// <summary>
/// One export run: a read-only REPEATABLE READ transaction, so every table, every citation and the data version come
/// from the same snapshot. Rows are streamed with a forward-only reader, one at a time.
/// </summary>
public sealed class DownloadSession : IAsyncDisposable
{
    /// <summary>
    /// How long one statement of an export may run, in place of the reader role's 8 s for the export's transaction only.
    /// A statement streams a whole table as fast as the client reads it: at a million models the largest (2.5 million
    /// design influences) takes seconds locally and minutes for a client at a few MB/s. The bound still ends an
    /// export whose client has stalled, which would otherwise hold its snapshot open.
    /// </summary>
    public static readonly TimeSpan StatementTimeout = TimeSpan.FromMinutes(30);

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private DownloadSession(NpgsqlConnection connection, NpgsqlTransaction transaction, string dataVersion, IReadOnlyList<DownloadTable> tables)
    {
        _connection = connection;
        _transaction = transaction;
        DataVersion = dataVersion;
        Tables = tables;
    }

    public string DataVersion { get; }

    public DateTimeOffset GeneratedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary><c>source</c> first, then the fact tables in <see cref="MoskvitchDbContext.FactTables"/> order.</summary>
    public IReadOnlyList<DownloadTable> Tables { get; }

    /// <summary>Called after each table (or the citations) is written, with its row count.</summary>
    public Action<string, long>? Progress { get; set; }

    public void Report(string part, long rows) => Progress?.Invoke(part, rows);

    public static async Task<DownloadSession> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using (var readOnly = new NpgsqlCommand(
                string.Create(CultureInfo.InvariantCulture, $"SET TRANSACTION READ ONLY; SET LOCAL statement_timeout = {(long)StatementTimeout.TotalMilliseconds}"),
                connection, transaction))
            {
                await readOnly.ExecuteNonQueryAsync(cancellationToken);
            }

            var version = await Downloads.DataVersion.GetAsync(connection, cancellationToken);
            var tables = await ReadCatalogAsync(connection, transaction, cancellationToken);
            return new DownloadSession(connection, transaction, version, tables);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    /// <summary>The rows of one table, ordered by id.</summary>
    public async IAsyncEnumerable<DownloadRow> RowsAsync(DownloadTable table, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(RowSql(table), _connection, _transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var n = table.Columns.Count;
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object?[n];
            var keys = new string?[n];
            var extra = n;
            for (var i = 0; i < n; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            for (var i = 0; i < n; i++)
            {
                if (table.Columns[i].References is not { } target)
                {
                    continue;
                }

                string? slug = null;
                if (SlugOf(target))
                {
                    slug = reader.IsDBNull(extra) ? null : reader.GetString(extra);
                    extra++;
                }

                keys[i] = slug ?? DownloadValues.Text(values[i]);
            }

            if (IsClaim(table))
            {
                var subject = IndexOf(table, "subject_id");
                keys[subject] = reader.IsDBNull(extra) ? DownloadValues.Text(values[subject]) : reader.GetString(extra);
                extra++;
            }

            var sources = table.IsFact ? reader.GetFieldValue<string[]>(extra) : [];
            yield return new DownloadRow(values, keys, sources);
        }
    }

    /// <summary>Every citation of every fact table, by table, fact id and source slug.</summary>
    public async IAsyncEnumerable<DownloadCitation> CitationsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var table in Tables.Where(t => t.IsFact))
        {
            await using var command = new NpgsqlCommand(
                $"""
                SELECT c."{table.Name}_id", s.slug, c.quote FROM "{table.Name}_source" c JOIN source s ON s.id = c.source_id
                ORDER BY c."{table.Name}_id", s.slug COLLATE "C"
                """, _connection, _transaction);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return new DownloadCitation(table.Name, reader.GetInt32(0), reader.GetString(1), reader.GetString(2));
            }
        }
    }

    private bool SlugOf(string table) => Tables.FirstOrDefault(t => t.Name == table)?.HasSlug == true;

    private static bool IsClaim(DownloadTable table) => table.Columns.Any(c => c.Name == "subject_kind");

    public static int IndexOf(DownloadTable table, string column)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Name == column)
            {
                return i;
            }
        }

        return -1;
    }

    private string RowSql(DownloadTable table)
    {
        var select = table.Columns.Select(c => $"t.\"{c.Name}\"").ToList();
        var joins = new List<string>();
        foreach (var column in table.Columns.Where(c => c.References is { } r && SlugOf(r)))
        {
            var alias = "r" + joins.Count;
            select.Add($"{alias}.slug");
            joins.Add($"LEFT JOIN \"{column.References}\" {alias} ON {alias}.id = t.\"{column.Name}\"");
        }

        if (IsClaim(table))
        {
            // claim.subject_id (and inference.subject_id) is polymorphic (subject_kind names the table): its key is the subject's slug where it has one.
            var cases = Tables.Where(t => t.HasSlug).Select(t => $"WHEN '{t.Name}' THEN (SELECT slug FROM \"{t.Name}\" WHERE id = t.subject_id)");
            select.Add($"CASE t.subject_kind {string.Join(' ', cases)} END");
        }

        if (table.IsFact)
        {
            select.Add($"""
                ARRAY(SELECT s.slug FROM "{table.Name}_source" c JOIN source s ON s.id = c.source_id
                      WHERE c."{table.Name}_id" = t.id ORDER BY s.slug COLLATE "C")
                """);
        }

        return $"SELECT {string.Join(", ", select)} FROM \"{table.Name}\" t {string.Join(' ', joins)} ORDER BY t.id";
    }

    private static async Task<IReadOnlyList<DownloadTable>> ReadCatalogAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        string[] names = ["source", .. MoskvitchDbContext.FactTables.Values];
        var columns = names.ToDictionary(n => n, _ => new List<DownloadColumn>());
        // Generated columns (the full-text search vectors) are derived, not data.
        await using var command = new NpgsqlCommand(
            """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                   (SELECT rc.relname FROM pg_constraint k JOIN pg_class rc ON rc.oid = k.confrelid
                    WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.conkey = ARRAY[a.attnum] LIMIT 1)
            FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname = ANY ($1)
              AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
            ORDER BY c.relname, a.attnum
            """, connection, transaction);
        command.Parameters.AddWithValue(names);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns[reader.GetString(0)].Add(new DownloadColumn(reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return [.. names.Select(n => new DownloadTable(n, columns[n], n != "source"))];
    }
}
