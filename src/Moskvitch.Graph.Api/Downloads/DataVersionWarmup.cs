using System.Diagnostics;
using Moskvitch.Graph.Api.Database;

namespace Moskvitch.Graph.Api.Downloads;

/// <summary>
/// Computes the data version once in the background as soon as the database is migrated, so that neither the first
/// export nor the first <c>{ dataVersion }</c> pays for hashing every row (seconds at a million models). It does not
/// delay readiness; a request that comes while it runs waits for it instead of starting a second hash.
/// </summary>
internal sealed partial class DataVersionWarmup(DatabaseConnectionState endpoint, ILogger<DataVersionWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await endpoint.WhenReady.WaitAsync(stoppingToken);
            var clock = Stopwatch.StartNew();
            var version = await DataVersion.GetAsync(endpoint.ConnectionString, stoppingToken);
            LogReady(logger, version, clock.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception e)
        {
            // A failed warm-up must not stop the host: the first request that needs the version computes it.
            LogFailed(logger, e.GetBaseException().Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data version {Version} computed in {ElapsedMs} ms")]
    private static partial void LogReady(ILogger logger, string version, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data version could not be computed at start-up ({Reason}); the first request that needs it computes it")]
    private static partial void LogFailed(ILogger logger, string reason);
}
