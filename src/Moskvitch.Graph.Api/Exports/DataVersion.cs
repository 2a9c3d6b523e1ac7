using System.Collections.Concurrent;
using System.Data;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Moskvitch.Graph.Api.Exports;

/// <summary>
/// The citable version of the curated data: the latest applied migration plus a content hash of every row of every
/// table, e.g. <c>0012_production_as_of-3f2a9c1b</c>.
/// </summary>
/// <remarks>
/// Hashing reads every table, so the result is cached per process and per database, keyed by the PostgreSQL snapshot
/// (<c>pg_current_snapshot()</c>) it was computed under. Two equal snapshots see exactly the same committed
/// transactions, hence the same rows; any committed write anywhere in the cluster changes the snapshot, and the next
/// call hashes again. Checking the key costs one trivial query.
/// </remarks>
public static class DataVersion
{
    private static readonly ConcurrentDictionary<string, (string Snapshot, string Version)> Cache = new();

    /// <summary>The data version of the database, computed in its own read-only snapshot.</summary>
    public static async Task<string> GetAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var version = await GetAsync(connection, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    /// <summary>The data version as seen by the connection's current transaction, which must be REPEATABLE READ.</summary>
    public static async Task<string> GetAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var key = connection.ConnectionString;
        var snapshot = (string)(await ScalarAsync(connection, "SELECT pg_current_snapshot()::text", cancellationToken))!;
        if (Cache.TryGetValue(key, out var cached) && cached.Snapshot == snapshot)
        {
            return cached.Version;
        }

        var version = await ComputeAsync(connection, cancellationToken);
        Cache[key] = (snapshot, version);
        return version;
    }

    private static async Task<string> ComputeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // Every table but DbUp's journal (its rows carry the time each script was applied, which differs per database).
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT relname FROM pg_class
            WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' AND relname <> 'schema_versions'
            ORDER BY relname COLLATE "C"
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var hashes = string.Join("\nUNION ALL ", tables.Select(t =>
            $"""SELECT {Quote(t)}::text, encode(sha256(convert_to(coalesce(string_agg(x::text, E'\n' ORDER BY x::text COLLATE "C"), ''), 'UTF8')), 'hex') FROM "{t}" x"""));
        var all = new StringBuilder();
        await using (var command = new NpgsqlCommand(hashes, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                all.Append(reader.GetString(0)).Append(' ').Append(reader.GetString(1)).Append('\n');
            }
        }

        var migration = (string?)await ScalarAsync(connection, "SELECT max(scriptname) FROM schema_versions", cancellationToken)
            ?? throw new InvalidOperationException("The database has no applied migrations.");
        var name = Path.GetFileNameWithoutExtension(migration[(migration.LastIndexOf("Migrations.", StringComparison.Ordinal) + 1)..]);
        name = name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
        return $"{name}-{hash[..8]}";
    }

    private static string Quote(string literal) => "'" + literal.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }
}
