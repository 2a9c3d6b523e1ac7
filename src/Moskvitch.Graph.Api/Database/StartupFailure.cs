using Moskvitch.Graph.Data;

namespace Moskvitch.Graph.Api.Database;

/// <summary>
/// Database faults at start that waiting will not mend, told in one line for the person starting the service: the
/// embedded PostgreSQL not starting, PostgreSQL refusing the migration login, a migration script failing. (A database
/// that cannot be reached yet is waited for: <see cref="DatabaseStartup"/>.)
/// </summary>
public static class StartupFailure
{
    /// <summary>
    /// Starts <paramref name="app"/>; on one of these faults writes its line to standard error, stops what had started
    /// (an embedded PostgreSQL) and returns false.
    /// </summary>
    public static async Task<bool> TryStartAsync(WebApplication app)
    {
        try
        {
            await app.StartAsync();
            return true;
        }
        catch (Exception e) when (Describe(e) is { } failure)
        {
            await Console.Error.WriteLineAsync(failure);
            await app.StopAsync();
            return false;
        }
    }

    /// <summary>The line for <paramref name="exception"/>, or null when it is not one of these faults.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        LocalPostgresException e => e.Message,
        MigrationFailedException { InnerException: Npgsql.PostgresException { SqlState: var state } p } when state.StartsWith("28", StringComparison.Ordinal) =>
            $"PostgreSQL refused the login of ConnectionStrings__{DatabaseSetup.ConnectionStringName}: {p.SqlState}: {p.MessageText}. "
            + "The service migrates through that login: check its user name and password.",
        MigrationFailedException { Script: { } script, InnerException: Npgsql.PostgresException p } =>
            $"Migration {script} failed: {p.SqlState}: {p.MessageText}. The database is left at the script before it; "
            + $"check that ConnectionStrings__{DatabaseSetup.ConnectionStringName} names this service's database.",
        MigrationFailedException e => $"{e.Message} {e.InnerException?.Message}".Trim(),
        _ => null,
    };
}
