using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Moskvitch.Graph.Api.Database;

namespace Moskvitch.Graph.Api.Downloads;

/// <summary>
/// <c>export --format csv|jsonl|nt --out DIR</c>: writes the export the HTTP endpoint serves into DIR. The host starts
/// as the service does (configured database, else the embedded PostgreSQL; migrations) without listening on HTTP.
/// </summary>
public static class DownloadCommand
{
    public const string Usage = "usage: Moskvitch.Graph.Api export --format csv|jsonl|nt --out DIR";

    public static async Task<int> RunAsync(string[] args)
    {
        string? formatName = null, outDir = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length:
                    formatName = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (formatName is null || DownloadFormat.Find(formatName) is not { } format || outDir is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = WebApplication.CreateBuilder([.. rest]);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (builder.AddMoskvitchDatabase() is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 1;
        }

        builder.Services.AddSingleton<IServer, NoServer>();
        await using var app = builder.Build();
        if (!await StartupFailure.TryStartAsync(app))
        {
            return 1;
        }

        try
        {
            var clock = Stopwatch.StartNew();
            var total = 0L;
            await using var session = await DownloadSession.OpenAsync(app.Services.GetRequiredService<DatabaseConnectionState>().ConnectionString, CancellationToken.None);
            session.Progress = (part, rows) =>
            {
                total += rows;
                Console.Error.Write($"\rexport {format.Name} {session.DataVersion}: {total} rows ({part})".PadRight(79));
            };
            Directory.CreateDirectory(outDir);
            var path = Path.Combine(outDir, format.FileName(session.DataVersion));
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await format.WriteAsync(session, file, CancellationToken.None);
            }

            await Console.Error.WriteLineAsync();
            await Console.Error.WriteLineAsync($"wrote {path}: {total} rows, {new FileInfo(path).Length} bytes in {clock.Elapsed.TotalSeconds:0.0} s");
            return 0;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"export failed: {e.Message}");
            return 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>A server that does not listen: the command needs the host's start-up, not HTTP.</summary>
    private sealed class NoServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
