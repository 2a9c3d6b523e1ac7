using Moskvitch.Graph.Data;

namespace Moskvitch.Graph.Api.Database;

/// <summary>
/// At start-up: starts the embedded PostgreSQL when no connection string is configured, then applies the migrations.
/// At shutdown: stops the embedded PostgreSQL it started.
/// </summary>
internal sealed partial class DatabaseStartup(
    IConfiguration configuration,
    Microsoft.Extensions.Options.IOptions<DatabaseOptions> options,
    DatabaseConnectionState endpoint,
    ILogger<DatabaseStartup> logger) : IHostedService, IDisposable
{
    private LocalPostgres? _embedded;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = configuration.GetConnectionString(DatabaseSetup.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            var bin = LocalPostgres.FindBinDirectory(options.Value.PostgresBinDirectory)
                ?? throw new LocalPostgresException(LocalPostgres.MissingBinariesMessage);
            var root = string.IsNullOrWhiteSpace(options.Value.DataDirectory)
                ? LocalPostgres.DefaultRootDirectory()
                : options.Value.DataDirectory;
            _embedded = await LocalPostgres.StartAsync(bin, root, logger, cancellationToken);
            await EnsureDatabaseAsync(_embedded, options.Value.DatabaseName, cancellationToken);
            var owner = _embedded.ConnectionString(options.Value.DatabaseName);
            await MigrateAsync(owner, cancellationToken);
            endpoint.ConnectionString = await ReaderLoginAsync(owner, cancellationToken);
            endpoint.Mode = "embedded";
        }
        else
        {
            var reader = configuration.GetConnectionString(DatabaseSetup.ReaderConnectionStringName);
            endpoint.ConnectionString = string.IsNullOrWhiteSpace(reader) ? configured : reader;
            if (!await TryMigrateAsync(configured, cancellationToken))
            {
                // The database is down: serve anyway (live, not ready) and keep trying in the background.
                _retry = Task.Run(() => RetryMigrationAsync(configured, _stopping.Token), CancellationToken.None);
                return;
            }
        }

        endpoint.IsReady = true;
    }

    /// <summary>Migrates; false when the database cannot be reached (a failing script still throws).</summary>
    private async Task<bool> TryMigrateAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await MigrateAsync(connectionString, cancellationToken);
            return true;
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            LogUnreachable(logger, e.GetBaseException().Message);
            return false;
        }
    }

    private async Task RetryMigrationAsync(string connectionString, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (await TryMigrateAsync(connectionString, cancellationToken))
            {
                // Connections opened while the database was away (the migration's and the service's pools): only
                // this service's, not every pool in the process.
                using (var migration = new Npgsql.NpgsqlConnection(connectionString))
                {
                    Npgsql.NpgsqlConnection.ClearPool(migration);
                }

                DatabaseSetup.ClearServicePool(endpoint);

                endpoint.IsReady = true;
                return;
            }
        }
    }

    private static bool IsUnreachable(Exception e) => e switch
    {
        MigrationFailedException m => m.InnerException is not null && IsUnreachable(m.InnerException),
        Npgsql.PostgresException p => p.SqlState is "57P03" or "3D000" or "53300",
        Npgsql.NpgsqlException => true,
        System.Net.Sockets.SocketException or TimeoutException => true,
        _ => e.InnerException is not null && IsUnreachable(e.InnerException),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database cannot be reached ({Reason}); serving as not ready and retrying every 2 s")]
    private static partial void LogUnreachable(ILogger logger, string reason);

    private readonly CancellationTokenSource _stopping = new();
    private Task? _retry;

    private bool _disposed;

    /// <summary>Hosts may dispose their services before or after stopping them; either order is fine.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_disposed)
        {
            await _stopping.CancelAsync();
        }

        if (_retry is not null)
        {
            await _retry;
        }

        if (_embedded is not null)
        {
            await _embedded.StopAsync();
        }
    }

    private async Task MigrateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var applied = await Task.Run(() => DatabaseMigrator.Migrate(connectionString, logger), cancellationToken);
        LogMigrated(logger, applied.Count, DatabaseMigrator.LatestScript);
    }

    /// <summary>
    /// The embedded PostgreSQL's service login: a member of moskvitch_reader (SELECT only) with its timeouts and
    /// read-only transactions, and a fresh random password on every start.
    /// </summary>
    private static async Task<string> ReaderLoginAsync(string owner, CancellationToken cancellationToken)
    {
        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await using var connection = new Npgsql.NpgsqlConnection(owner);
        await connection.OpenAsync(cancellationToken);
        await using var command = new Npgsql.NpgsqlCommand($"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ServiceLogin}') THEN
                    CREATE ROLE {ServiceLogin} LOGIN IN ROLE moskvitch_reader;
                END IF;
            END $$;
            ALTER ROLE {ServiceLogin} PASSWORD '{password}';
            ALTER ROLE {ServiceLogin} SET statement_timeout = '8s';
            ALTER ROLE {ServiceLogin} SET idle_in_transaction_session_timeout = '30s';
            ALTER ROLE {ServiceLogin} SET default_transaction_read_only = on;
            """, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new Npgsql.NpgsqlConnectionStringBuilder(owner) { Username = ServiceLogin, Password = password }.ConnectionString;
    }

    private const string ServiceLogin = "moskvitch_service";

    private static async Task EnsureDatabaseAsync(LocalPostgres server, string database, CancellationToken cancellationToken)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new Npgsql.NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated: {Applied} script(s) applied, schema at {Latest}")]
    private static partial void LogMigrated(ILogger logger, int applied, string latest);
}
