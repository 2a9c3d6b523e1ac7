using Moskvitch.Graph.Data;

namespace Moskvitch.Graph.Api.Database;

/// <summary>
/// At start-up: starts the embedded PostgreSQL when no connection string is configured, then applies the migrations.
/// At shutdown: stops the embedded PostgreSQL it started.
/// </summary>
internal sealed partial class DatabaseStartup(
    IConfiguration configuration,
    Microsoft.Extensions.Options.IOptions<DatabaseOptions> options,
    DatabaseEndpoint endpoint,
    ILogger<DatabaseStartup> logger) : IHostedService
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
            await MigrateAsync(configured, cancellationToken);
            var reader = configuration.GetConnectionString(DatabaseSetup.ReaderConnectionStringName);
            endpoint.ConnectionString = string.IsNullOrWhiteSpace(reader) ? configured : reader;
        }

        endpoint.IsReady = true;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
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
