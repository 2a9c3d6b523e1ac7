using System.Globalization;
using Moskvitch.Graph.Data;
using Npgsql;

namespace Moskvitch.Graph.Bench;

/// <summary>
/// The benchmark's own PostgreSQL cluster (outside the repository, e.g. /work/bench-pg) holding one database per
/// scale, <c>moskvitch_bench_&lt;N&gt;</c>: the migrations (curated graph) plus N synthetic models.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    public const string ServiceLogin = "moskvitch_bench_service";

    private readonly LocalPostgres _server;

    private BenchDatabase(LocalPostgres server, string database, string servicePassword)
    {
        _server = server;
        Database = database;
        ServicePassword = servicePassword;
    }

    public string Database { get; }

    private string ServicePassword { get; }

    /// <summary>Superuser connection to the bench database (used to migrate; the service reads through <see cref="ServiceConnectionString"/>).</summary>
    public string OwnerConnectionString => _server.ConnectionString(Database);

    /// <summary>The service's read-only login: a member of moskvitch_reader with its timeouts, as the service's own embedded mode sets up.</summary>
    public string ServiceConnectionString =>
        new NpgsqlConnectionStringBuilder(OwnerConnectionString) { Username = ServiceLogin, Password = ServicePassword }.ConnectionString;

    public static string DatabaseName(int scale) => string.Create(CultureInfo.InvariantCulture, $"moskvitch_bench_{scale}");

    /// <summary>
    /// Starts the cluster (creating it the first time), and builds the database for the scale when it is missing. With
    /// <paramref name="prepareLogin"/> false (<c>--generate</c>) the service login is left alone: its password is the
    /// cluster's, and a new one would refuse the new connections of a run going on at another scale.
    /// </summary>
    public static async Task<BenchDatabase> OpenAsync(string root, int scale, int seed, ILogger logger, CancellationToken cancellationToken,
        bool prepareLogin = true)
    {
        var bin = LocalPostgres.FindBinDirectory(Environment.GetEnvironmentVariable("Database__PostgresBinDirectory"))
            ?? throw new InvalidOperationException(LocalPostgres.MissingBinariesMessage);
        var fresh = !File.Exists(Path.Combine(root, "data", "PG_VERSION"));
        var server = await LocalPostgres.StartAsync(bin, root, logger, cancellationToken);
        if (fresh)
        {
            // Settings for bulk loads and a table of a million rows, applied once with a restart.
            await ExecuteAsync(server.ConnectionString("postgres"), """
                ALTER SYSTEM SET shared_buffers = '1GB';
                ALTER SYSTEM SET max_wal_size = '8GB';
                ALTER SYSTEM SET checkpoint_timeout = '30min';
                ALTER SYSTEM SET maintenance_work_mem = '512MB';
                """, cancellationToken);
            await server.StopAsync();
            server = await LocalPostgres.StartAsync(bin, root, logger, cancellationToken);
        }

        var name = DatabaseName(scale);
        var admin = server.ConnectionString("postgres");
        try
        {
            if (!await DatabaseExistsAsync(admin, name, cancellationToken))
            {
                await ScaleGenerator.BuildAsync(server, name, scale, seed, logger, cancellationToken);
            }
        }
        catch
        {
            NpgsqlConnection.ClearAllPools();
            await server.StopAsync();
            throw;
        }

        if (!prepareLogin)
        {
            return new BenchDatabase(server, name, "");
        }

        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await ExecuteAsync(server.ConnectionString(name), $"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ServiceLogin}') THEN
                    CREATE ROLE {ServiceLogin} LOGIN IN ROLE moskvitch_reader;
                END IF;
            END $$;
            ALTER ROLE {ServiceLogin} PASSWORD '{password}';
            ALTER ROLE {ServiceLogin} SET statement_timeout = '8s';
            ALTER ROLE {ServiceLogin} SET idle_in_transaction_session_timeout = '30s';
            ALTER ROLE {ServiceLogin} SET default_transaction_read_only = on;
            """, cancellationToken);
        return new BenchDatabase(server, name, password);
    }

    public static async Task<bool> DatabaseExistsAsync(string adminConnectionString, string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(name);
        return await exists.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken, int timeoutSeconds = 30)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = timeoutSeconds };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _server.StopAsync();
    }
}
