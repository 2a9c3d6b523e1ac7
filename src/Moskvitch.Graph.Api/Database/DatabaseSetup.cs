using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Moskvitch.Graph.Data;

namespace Moskvitch.Graph.Api.Database;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Moskvitch";

    /// <summary>Optional: a read-only login the service queries through, while <c>Moskvitch</c> migrates.</summary>
    public const string ReaderConnectionStringName = "MoskvitchReader";

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

        if (ConnectionStringProblem(builder.Configuration) is { } problem)
        {
            return problem;
        }

        var services = builder.Services;
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        services.AddSingleton<DatabaseConnectionState>();
        services.AddSingleton<IDatabaseState>(sp => sp.GetRequiredService<DatabaseConnectionState>());
        services.AddHostedService<DatabaseStartup>();
        services.AddSingleton<SqlStatementCounter>();
        services.AddPooledDbContextFactory<MoskvitchDbContext>((sp, o) => o
            .UseNpgsql(WithServiceDefaults(sp.GetRequiredService<DatabaseConnectionState>().ConnectionString))
            .UseMemoryCache(QueryCache)
            .AddInterceptors(sp.GetRequiredService<SqlStatementCounter>(), BrokenConnectionInterceptor.Instance)
            .UseSnakeCaseNamingConvention()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        return null;
    }

    /// <summary>
    /// What is wrong with a configured connection string that Npgsql would refuse (an unknown keyword, a value of the
    /// wrong kind, a minimum pool above the maximum), as one line naming the setting; null when both can be used. The
    /// strings are checked as the service uses them: the migration login's as given, the one it reads through with
    /// <see cref="WithServiceDefaults"/>. Checked before the service starts, so that it does not start and then fail
    /// every request. Npgsql's messages name keywords and the values it could not read, never a password.
    /// </summary>
    public static string? ConnectionStringProblem(IConfiguration configuration)
    {
        var owner = configuration.GetConnectionString(ConnectionStringName);
        var reader = configuration.GetConnectionString(ReaderConnectionStringName);
        var checks = new List<(string Name, string Value, bool Serves)>();
        if (!string.IsNullOrWhiteSpace(owner))
        {
            checks.Add((ConnectionStringName, owner, string.IsNullOrWhiteSpace(reader)));
        }

        if (!string.IsNullOrWhiteSpace(reader))
        {
            checks.Add((ReaderConnectionStringName, reader, true));
        }

        foreach (var (name, value, serves) in checks)
        {
            var problem = Refusal(value) ?? (serves && Refusal(WithServiceDefaults(value)) is { } withDefaults
                ? $"{withDefaults} (the service's pool holds up to {ServicePoolSize} connections unless the string sets Maximum Pool Size)"
                : null);
            if (problem is not null)
            {
                return $"ConnectionStrings__{name} is not a connection string PostgreSQL's driver can use: {problem}. "
                    + "Its keywords are listed at https://www.npgsql.org/doc/connection-string-parameters.html";
            }
        }

        return null;

        static string? Refusal(string connectionString)
        {
            try
            {
                using var source = Npgsql.NpgsqlDataSource.Create(connectionString);
                return null;
            }
            catch (ArgumentException e)
            {
                return Describe(e);
            }
        }

        static string Describe(ArgumentException e)
        {
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            return e.InnerException switch
            {
                KeyNotFoundException => $"unknown keyword '{e.ParamName}'",
                Exception inner => $"{message}: {inner.Message.Split('\n')[0].Trim().TrimEnd('.')}",
                null => message.TrimEnd('.'),
            };
        }
    }

    /// <summary>
    /// EF Core's cache of translated queries, one per query shape (filters, sorts, selections, page directions), with
    /// room for 256 (EF Core counts each entry as 10): its default of 1,024 shapes would let clients that ask ever new
    /// shapes hold tens of megabytes of translated queries.
    /// </summary>
    public const int QueryCacheSize = 256 * 10;

    /// <summary>
    /// One cache for the process: EF Core builds an internal service provider per distinct set of options, so a cache
    /// per service instance would give each its own (and EF Core refuses a twentieth, as a host of several services
    /// such as the tests would reach).
    /// </summary>
    private static readonly MemoryCache QueryCache = new(new MemoryCacheOptions { SizeLimit = QueryCacheSize });

    /// <summary>Closes the idle connections of the pool the service reads through (after an outage), and no other pool.</summary>
    public static void ClearServicePool(DatabaseConnectionState endpoint)
    {
        using var pooled = new Npgsql.NpgsqlConnection(WithServiceDefaults(endpoint.ConnectionString));
        Npgsql.NpgsqlConnection.ClearPool(pooled);
    }

    private const string SerialSetting = "max_parallel_workers_per_gather";

    /// <summary>
    /// The service's statements run without parallel workers unless the connection string's <c>Options</c> set
    /// <c>max_parallel_workers_per_gather</c>. Requests run side by side: workers that one request's scan takes are
    /// cores the others wait for. Measured at a million models on two cores: a count by start year took 34 ms serial
    /// and 88 ms with two workers alone, and under a front-end mix beside bulk pulls parallel searches and counts
    /// drove the load average to 35 and left requests queueing for seconds. Exports (cursors) and the data-version
    /// hash do not read through this pool.
    /// </summary>
    public const string SerialOption = "-c " + SerialSetting + "=0";

    /// <summary>
    /// How many statements each pooled session keeps prepared (least recently used go first): the statements of a
    /// query shape asked at least twice. EF Core's query cache holds 256 shapes for the process; a front-end uses a few
    /// dozen, and a session's prepared statements cost PostgreSQL a plan each (tens of kilobytes).
    /// </summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>
    /// How long sessions that a burst opened may stay idle in the pool before they are closed (Npgsql's default is
    /// 300 s), sampled every <see cref="PoolPruningSeconds"/>. Npgsql hands out idle sessions in turn (first in, first
    /// out), so a pool larger than its load spreads the requests over all its sessions, and each statement finds its
    /// session's PostgreSQL caches cold: one request at a time over 16 sessions cost PostgreSQL 0.17 ms of CPU per Q1
    /// request on the 100k bench database, and 0.10 ms once the pool had shrunk to the one session the load needs.
    /// </summary>
    public const int PoolIdleSeconds = 10;

    /// <summary>How often the pool samples its idle sessions (see <see cref="PoolIdleSeconds"/>).</summary>
    public const int PoolPruningSeconds = 2;

    /// <summary>The connections the service's pool holds unless its connection string says otherwise.</summary>
    public const int ServicePoolSize = 40;

    /// <summary>
    /// Pool and timeout settings for the service, unless the connection string sets them: commands end after 10 s
    /// (the GraphQL timeout; the reader role's statement_timeout of 8 s fires first), a pool wait ends after 5 s, the
    /// pool holds 40 connections (above the 32 concurrent GraphQL requests, below PostgreSQL's 100) and closes those idle
    /// beyond the load after <see cref="PoolIdleSeconds"/>, GSS (Kerberos) encryption is off, and statements run without
    /// parallel workers (see <see cref="SerialOption"/>). On Prefer,
    /// Npgsql makes a second attempt when a connection attempt fails: the cancel request for a query on a silent network
    /// then waits out the 5 s twice, and the request ends after 20 s instead of 15 s.
    /// <para>
    /// Sessions are kept as they are when a connection goes back to the pool (<c>No Reset On Close</c>: no
    /// <c>DISCARD ALL</c> after every request), and a statement sent a second time on a session is prepared there and
    /// reused (<c>Max Auto Prepare</c> <see cref="MaxAutoPrepare"/>, <c>Auto Prepare Min Usages</c> 2): a repeated query
    /// shape skips parsing and planning. Safe because the service never leaves state in a session: it sets no setting,
    /// opens no cursor, takes no advisory lock, listens on no channel and makes no temporary table through this pool
    /// (the reader's settings are the role's, the serial setting a start-up option); exports and the data version, which
    /// use cursors, read through a pool of their own that resets. <c>PooledSessionTests</c> checks every idle session
    /// after every kind of request, cancelled and failed ones among them.
    /// </para>
    /// </summary>
    public static string WithServiceDefaults(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (!given.Contains("commandtimeout"))
        {
            builder.CommandTimeout = 10;
        }

        if (!given.Contains("timeout"))
        {
            builder.Timeout = 5;
        }

        if (!given.Contains("maximumpoolsize") && !given.Contains("maxpoolsize"))
        {
            builder.MaxPoolSize = ServicePoolSize;
        }

        if (!given.Contains("connectionidlelifetime"))
        {
            // Npgsql refuses a pruning interval longer than the idle lifetime: a lifetime the string sets keeps its interval.
            builder.ConnectionIdleLifetime = PoolIdleSeconds;
            if (!given.Contains("connectionpruninginterval"))
            {
                builder.ConnectionPruningInterval = PoolPruningSeconds;
            }
        }

        if (!given.Contains("gssencryptionmode"))
        {
            builder.GssEncryptionMode = Npgsql.GssEncryptionMode.Disable;
        }

        if (!given.Contains("noresetonclose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.Contains("maxautoprepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!given.Contains("autoprepareminusages"))
        {
            builder.AutoPrepareMinUsages = 2;
        }

        if (builder.Options?.Contains(SerialSetting, StringComparison.Ordinal) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? SerialOption : $"{builder.Options} {SerialOption}";
        }

        return builder.ConnectionString;
    }
}
