using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Data;

namespace Moskvitch.Graph.Api.Database;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Moskvitch";

    /// <summary>
    /// Registers the database: the configured connection string, or else the embedded PostgreSQL.
    /// Returns a message for the user when neither is possible (no connection string and no PostgreSQL binaries).
    /// </summary>
    public static string? AddMoskvitchDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ConnectionStringName))
            && LocalPostgres.FindBinDirectory(options.PostgresBinDirectory) is null)
        {
            return LocalPostgres.MissingBinariesMessage;
        }

        var services = builder.Services;
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        services.AddSingleton<DatabaseEndpoint>();
        services.AddHostedService<DatabaseStartup>();
        services.AddSingleton<SqlStatementCounter>();
        services.AddPooledDbContextFactory<MoskvitchDbContext>((sp, o) => o
            .UseNpgsql(sp.GetRequiredService<DatabaseEndpoint>().ConnectionString)
            .AddInterceptors(sp.GetRequiredService<SqlStatementCounter>())
            .UseSnakeCaseNamingConvention()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        return null;
    }
}
