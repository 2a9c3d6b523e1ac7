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
            endpoint.ConnectionString = _embedded.ConnectionString(options.Value.DatabaseName);
            endpoint.Mode = "embedded";
        }
        else
        {
            endpoint.ConnectionString = configured;
        }

        var applied = await Task.Run(() => DatabaseMigrator.Migrate(endpoint.ConnectionString, logger), cancellationToken);
        LogMigrated(logger, applied.Count, DatabaseMigrator.LatestScript);
        endpoint.IsReady = true;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_embedded is not null)
        {
            await _embedded.StopAsync();
        }
    }

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
