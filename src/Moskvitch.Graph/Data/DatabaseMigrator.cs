using DbUp;
using Microsoft.Extensions.Logging;

namespace Moskvitch.Graph.Data;

/// <summary>Applies db/migrations (embedded in this assembly) in name order, journaled in <c>schema_versions</c>.</summary>
public static class DatabaseMigrator
{
    private const string ResourcePrefix = "Migrations.";

    /// <summary>The migration scripts this build carries, in the order they apply.</summary>
    public static IReadOnlyList<string> ScriptNames { get; } =
        [.. typeof(DatabaseMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>The name of the newest migration script, e.g. <c>0004_curated_facts.sql</c>.</summary>
    public static string LatestScript => ScriptNames[^1][ResourcePrefix.Length..];

    /// <summary>Applies every script not yet journaled, each in its own transaction.</summary>
    /// <returns>The names of the scripts applied by this call (empty when the database was up to date).</returns>
    public static IReadOnlyList<string> Migrate(string connectionString, ILogger logger)
    {
        var engine = DeployChanges.To.PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .WithVariablesDisabled()
            .WithTransactionPerScript()
            .JournalToPostgresqlTable("public", "schema_versions")
            .LogTo(new StepsAtDebug(logger))
            .Build();

        var result = engine.PerformUpgrade();
        if (!result.Successful)
        {
            throw new MigrationFailedException(result.ErrorScript?.Name[ResourcePrefix.Length..], result.Error);
        }

        return [.. result.Scripts.Select(s => s.Name[ResourcePrefix.Length..])];
    }

    /// <summary>
    /// DbUp's running commentary (checking the journal, fetching the scripts run, each script) at Debug: start-up logs
    /// say only the outcome (the caller's one line); warnings and errors keep their level.
    /// </summary>
    private sealed class StepsAtDebug(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(Lower(logLevel));

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(Lower(logLevel), eventId, state, exception, formatter);

        private static LogLevel Lower(LogLevel level) => level == LogLevel.Information ? LogLevel.Debug : level;
    }
}
