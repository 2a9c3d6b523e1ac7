using System.Collections.Concurrent;
using System.Data;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Moskvitch.Graph.Api.Downloads;

/// <summary>
/// The citable version of the curated data: the latest applied migration plus a content hash of every row of every
/// table, <c>&lt;latest migration&gt;-&lt;8 hex digits&gt;</c>.
/// </summary>
/// <remarks>
/// <para>
/// The hash does not depend on the order rows are stored or read in: for every table (DbUp's journal excepted, its rows
/// carry the time each script was applied) PostgreSQL counts the rows and sums a 64-bit hash of each,
/// <c>hash_record_extended(ROW(columns), 0)</c>, in one pass with no sort and no large string, in parallel where the
/// planner can (measured at a million models: about 2 s, where hashing each row's text took 5 s, and an MD5 of it
/// 13 s). The tables' names, counts and sums are then hashed with SHA-256. Equal rows give an equal version on every
/// install; a changed row changes its table's sum (up to a 2^-64 chance), and undoing the change restores it.
/// Columns are hashed by value where a value has exactly one text, else by their text (see <see cref="Column"/>);
/// generated columns follow from the others and are left out. The per-type hashes are the ones PostgreSQL's hash
/// indexes and hash partitions are built on, so they are the same in every release (from 14, which has
/// <c>hash_record_extended</c>) and on every little-endian machine; text is written with fixed date, time and number
/// settings so that session settings do not change it.
/// </para>
/// <para>
/// The result is cached per database, keyed by the PostgreSQL snapshot (<c>pg_current_snapshot()</c>) it was computed
/// under. Two equal snapshots see exactly the same committed transactions, hence the same rows; any committed write
/// anywhere in the cluster changes the snapshot, and the next call hashes again. Checking the key costs one trivial
/// query. Callers that need the version at the same time share one computation: see <see cref="GetAsync(string, CancellationToken)"/>.
/// </para>
/// </remarks>
public static class DataVersion
{
    /// <summary>
    /// How long the hash may run. It reads every row (about 2 s for 1,000,000 models on two busy cores), longer than the
    /// reader role's <c>statement_timeout</c> (8 s) allows at large scales, so it raises the timeout for itself only,
    /// to this bound, which leaves room for ten times that scale on slow hardware and still ends a runaway scan.
    /// </summary>
    public static readonly TimeSpan ComputeTimeout = TimeSpan.FromMinutes(2);

    private const string Savepoint = "data_version";

    private static readonly ConcurrentDictionary<string, Database> Databases = new(StringComparer.Ordinal);

    /// <summary>How many times this process has hashed the database a connection string points at (for tests and diagnostics).</summary>
    public static long ComputationCount(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return Databases.TryGetValue(Key(b.Host, b.Port, b.Database, b.Username), out var database) ? database.Computations : 0;
    }

    /// <summary>
    /// The data version of the database now: what a snapshot taken after the call began sees. The hash runs on a
    /// connection of its own that outlives the caller, so a caller that gives up (a request timeout) does not waste it:
    /// it is cached for the next. A caller whose snapshot equals the one being hashed (e.g. the start-up warm-up) waits
    /// for that hash; callers that arrive while a hash of an older snapshot runs wait for the next one, which they all
    /// share, so at most one hash per database runs this way at a time.
    /// </summary>
    public static async Task<string> GetAsync(string connectionString, CancellationToken cancellationToken)
    {
        while (true)
        {
            Computation? computation = null;
            var connection = new NpgsqlConnection(connectionString);
            var handedOver = false;
            try
            {
                await connection.OpenAsync(cancellationToken);
                var database = DatabaseOf(connection);
                var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
                var snapshot = await SnapshotAsync(connection, cancellationToken);
                // Never without a computation here: while another snapshot's hash runs, this one waits for the next.
                (var cached, var joined, handedOver) = Join(database, snapshot,
                    () => database.Next ??= new Computation(null) { ConnectionString = connectionString });
                if (cached is not null)
                {
                    return cached;
                }

                computation = joined!;

                if (handedOver)
                {
                    Detach(() => RunAsync(database, computation, connection, transaction));
                }
            }
            finally
            {
                if (!handedOver)
                {
                    await connection.DisposeAsync();
                }
            }

            try
            {
                return await computation.Result.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The export that was computing it was cancelled: ask again.
            }
        }
    }

    /// <summary>
    /// The data version as seen by the connection's current transaction, which must be REPEATABLE READ (an export's).
    /// A cached version of the same snapshot, or a hash of it already running, is used; otherwise the hash runs in this
    /// transaction (others with the same snapshot wait for it). Settings it changes are restored before it returns.
    /// </summary>
    public static async Task<string> GetAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var database = DatabaseOf(connection);
        var snapshot = await SnapshotAsync(connection, cancellationToken);
        while (true)
        {
            // While a hash of another snapshot is running, this snapshot needs its own, here (no computation).
            var (cached, computation, mine) = Join(database, snapshot, () => null);
            if (cached is not null)
            {
                return cached;
            }

            if (computation is null)
            {
                var version = await ComputeAsync(database, connection, cancellationToken);
                lock (database.Gate)
                {
                    database.Latest = (snapshot, version);
                }

                return version;
            }

            if (mine)
            {
                string version;
                try
                {
                    version = await ComputeAsync(database, connection, cancellationToken);
                }
                catch (Exception e)
                {
                    Finish(database, computation, null, e);
                    throw;
                }

                Finish(database, computation, version, null);
                return version;
            }

            try
            {
                return await computation.Result.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The export that was computing it was cancelled: ask again.
            }
        }
    }

    /// <summary>
    /// Under the database's gate: the version kept for <paramref name="snapshot"/>; else the hash of it already running;
    /// else, when no hash runs, a new one that the caller runs (<c>Mine</c>); else what <paramref name="busy"/> gives.
    /// </summary>
    private static (string? Cached, Computation? Computation, bool Mine) Join(Database database, string snapshot, Func<Computation?> busy)
    {
        lock (database.Gate)
        {
            if (database.Latest is { } latest && latest.Snapshot == snapshot)
            {
                return (latest.Version, null, false);
            }

            if (database.Running is { } running && running.Snapshot == snapshot)
            {
                return (null, running, false);
            }

            return database.Running is null
                ? (null, database.Running = new Computation(snapshot), true)
                : (null, busy(), false);
        }
    }

    /// <summary>
    /// Runs a hash on a connection it owns (opening one, with a fresh snapshot, when given none), detached from any
    /// caller: the hash's own timeout ends it. Never throws; the outcome goes to the computation's waiters.
    /// </summary>
    private static async Task RunAsync(Database database, Computation computation, NpgsqlConnection? connection, NpgsqlTransaction? transaction)
    {
        string? version = null;
        Exception? error = null;
        try
        {
            if (connection is null)
            {
                connection = new NpgsqlConnection(computation.ConnectionString);
                await connection.OpenAsync(CancellationToken.None);
                transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, CancellationToken.None);
                var snapshot = await SnapshotAsync(connection, CancellationToken.None);
                lock (database.Gate)
                {
                    computation.Snapshot = snapshot;
                    if (database.Latest is { } latest && latest.Snapshot == snapshot)
                    {
                        version = latest.Version;
                    }
                }
            }

            version ??= await ComputeAsync(database, connection, CancellationToken.None);
            await transaction!.CommitAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            // Every failure goes to the waiters (after the version was read, only ending the transaction failed).
            error = version is null ? e : null;
        }

        try
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
        catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
        {
            // A broken connection: the pool drops it.
        }

        Finish(database, computation, version, error);
    }

    /// <summary>Publishes a finished hash and starts the next one when callers are waiting for it.</summary>
    private static void Finish(Database database, Computation computation, string? version, Exception? error)
    {
        Computation? next;
        lock (database.Gate)
        {
            if (version is not null && computation.Snapshot is { } snapshot)
            {
                database.Latest = (snapshot, version);
            }

            next = database.Running = database.Next;
            database.Next = null;
        }

        if (version is not null)
        {
            computation.Result.TrySetResult(version);
        }
        else if (error is OperationCanceledException)
        {
            computation.Result.TrySetCanceled();
        }
        else
        {
            computation.Result.TrySetException(error ?? new InvalidOperationException("The data version was not computed."));
        }

        if (next is not null)
        {
            Detach(() => RunAsync(database, next, null, null));
        }
    }

    /// <summary>Starts work that outlives its caller, without the caller's execution context (its request's scopes).</summary>
    private static void Detach(Func<Task> work)
    {
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(work);
        }
    }

    /// <summary>
    /// Hashes every table in the connection's current transaction, inside a savepoint so that the raised timeout and
    /// the fixed output settings end with it (and a failure does not leave the caller's transaction aborted).
    /// </summary>
    private static async Task<string> ComputeAsync(Database database, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        database.Counted();
        var timeout = (int)ComputeTimeout.TotalMilliseconds;
        await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"""
            SAVEPOINT {Savepoint};
            SET LOCAL statement_timeout = {timeout};
            SET LOCAL DateStyle = 'ISO, YMD';
            SET LOCAL IntervalStyle = 'postgres';
            SET LOCAL TimeZone = 'UTC';
            SET LOCAL extra_float_digits = 1;
            SET LOCAL bytea_output = 'hex';
            """), 30, cancellationToken);
        try
        {
            var version = await HashAsync(connection, (int)ComputeTimeout.TotalSeconds + 5, cancellationToken);
            await ExecuteAsync(connection, $"ROLLBACK TO SAVEPOINT {Savepoint}; RELEASE SAVEPOINT {Savepoint}", 30, cancellationToken);
            return version;
        }
        catch when (connection.State == ConnectionState.Open)
        {
            try
            {
                await ExecuteAsync(connection, $"ROLLBACK TO SAVEPOINT {Savepoint}; RELEASE SAVEPOINT {Savepoint}", 30, CancellationToken.None);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // The connection is broken; the original error says why.
            }

            throw;
        }
    }

    private static async Task<string> HashAsync(NpgsqlConnection connection, int commandTimeoutSeconds, CancellationToken cancellationToken)
    {
        // Every table but DbUp's journal (its rows carry the time each script was applied, which differs per database),
        // with its stored columns (generated ones, the search vectors, follow from the others).
        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var list = new NpgsqlCommand(
            """
            SELECT c.relname, a.attname,
                   CASE WHEN t.typnamespace = 'pg_catalog'::regnamespace THEN t.typname END, a.atttypmod
            FROM pg_class c
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
            JOIN pg_type t ON t.oid = a.atttypid
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname <> 'schema_versions'
            ORDER BY c.relname COLLATE "C", a.attnum
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var table = reader.GetString(0);
                if (!tables.TryGetValue(table, out var columns))
                {
                    tables[table] = columns = [];
                }

                columns.Add(Column(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3)));
            }
        }

        // One pass per table, no sort: the order rows come in does not matter to a sum. The sum of 64-bit values is
        // exact (numeric), and its text is what goes into the SHA-256.
        var sums = new SortedDictionary<string, (long Rows, string Sum)>(StringComparer.Ordinal);
        if (tables.Count > 0)
        {
            var sql = string.Join("\nUNION ALL ", tables.Select(t =>
                $"SELECT {Literal(t.Key)}::text, count(*), coalesce(sum(hash_record_extended(ROW({string.Join(", ", t.Value)}), 0)), 0)::text FROM {Identifier(t.Key)} x"));
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = commandTimeoutSeconds };
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                sums[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
            }
        }

        var all = new StringBuilder();
        foreach (var (table, (rows, sum)) in sums)
        {
            all.Append(CultureInfo.InvariantCulture, $"{table} {rows} {sum}\n");
        }

        var migration = (string?)await ScalarAsync(connection, "SELECT max(scriptname) FROM schema_versions", cancellationToken)
            ?? throw new InvalidOperationException("The database has no applied migrations.");
        var name = Path.GetFileNameWithoutExtension(migration[(migration.LastIndexOf("Migrations.", StringComparison.Ordinal) + 1)..]);
        name = name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
        return $"{name}-{hash[..8]}";
    }

    /// <summary>
    /// A column as it goes into its row's hash. Integers, booleans, dates and numerics of fixed scale are hashed as
    /// values (each is exactly one text); text as its bytes (collation "C"); anything else, e.g. a numeric of free
    /// scale (1.0 and 1.00 are equal values but not the same data) or an array, as its text.
    /// </summary>
    private static string Column(string name, string? catalogType, int typeModifier) => catalogType switch
    {
        "int2" or "int4" or "int8" or "bool" or "date" => "x." + Identifier(name),
        "numeric" when typeModifier >= 0 => "x." + Identifier(name),
        "text" or "varchar" => "x." + Identifier(name) + " COLLATE \"C\"",
        _ => "x." + Identifier(name) + "::text COLLATE \"C\"",
    };

    /// <summary>The per-database state; databases are told apart by server, database and login.</summary>
    private static Database DatabaseOf(NpgsqlConnection connection) =>
        Databases.GetOrAdd(Key(connection.Host, connection.Port, connection.Database, connection.UserName), _ => new Database());

    private static string Key(string? host, int port, string? database, string? user) =>
        string.Create(CultureInfo.InvariantCulture, $"{host}:{port}/{database}/{user}");

    private static async Task<string> SnapshotAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        (string)(await ScalarAsync(connection, "SELECT pg_current_snapshot()::text", cancellationToken))!;

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, int commandTimeoutSeconds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = commandTimeoutSeconds };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    /// <summary>One database's cached version and the hashes running or waiting to run on it.</summary>
    private sealed class Database
    {
        private long _computations;

        public Lock Gate { get; } = new();

        public long Computations => Interlocked.Read(ref _computations);

        public (string Snapshot, string Version)? Latest { get; set; }

        public Computation? Running { get; set; }

        public Computation? Next { get; set; }

        public void Counted() => Interlocked.Increment(ref _computations);
    }

    /// <summary>One hash: its snapshot (once its transaction has one) and its result, which every waiting caller shares.</summary>
    private sealed class Computation(string? snapshot)
    {
        public string? Snapshot { get; set; } = snapshot;

        /// <summary>For a hash that waits for the running one and then opens its own connection.</summary>
        public string ConnectionString { get; init; } = "";

        public TaskCompletionSource<string> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
