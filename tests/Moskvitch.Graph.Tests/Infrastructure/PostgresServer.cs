using Microsoft.Extensions.Logging.Abstractions;
using Moskvitch.Graph.Data;
using Testcontainers.PostgreSql;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server for a test run: <c>MOSKVITCH_TEST_CONNECTION</c> when set (a superuser connection string), else
/// a Testcontainers PostgreSQL when a Docker engine answers, else a local PostgreSQL started from this machine's binaries
/// in a temporary folder that is removed when the run ends. Shared by the test projects (linked into each).
/// </summary>
public static class PostgresServer
{
    public sealed record Server(string AdminConnectionString, string Kind, LocalPostgres? Local, string? TempRoot);

    public static async Task<Server> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("MOSKVITCH_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Server(configured, "MOSKVITCH_TEST_CONNECTION", null, null);
        }

        if (DockerEngineAnswers())
        {
            try
            {
                var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
                using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
                await container.StartAsync(timeout.Token);
                return new Server(container.GetConnectionString(), "Testcontainers", null, null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                await Console.Error.WriteLineAsync($"Testcontainers could not start PostgreSQL ({e.Message}); using local binaries.");
            }
        }

        var bin = LocalPostgres.FindBinDirectory()
            ?? throw new InvalidOperationException(
                "No PostgreSQL for the tests: set MOSKVITCH_TEST_CONNECTION, run a Docker engine, or install PostgreSQL 15+.");
        SweepStaleFolders();
        var root = Path.Combine(Path.GetTempPath(), TempPrefix + Guid.NewGuid().ToString("N")[..12]);
        var local = await LocalPostgres.StartAsync(bin, root, NullLogger.Instance);
        RemoveWhenThisProcessEnds(local, root);
        return new Server(local.ConnectionString("postgres"), "local binaries", local, root);
    }

    private const string TempPrefix = "moskvitch-graph-tests-";

    /// <summary>Removes the folders of earlier runs whose server is no longer running (a run cut short leaves them).</summary>
    private static void SweepStaleFolders()
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), TempPrefix + "*"))
        {
            // A folder still being set up by another run has no postmaster.pid yet either: leave recent ones alone.
            if (!File.Exists(Path.Combine(dir, "data", "postmaster.pid"))
                && Directory.GetLastWriteTimeUtc(dir) < DateTime.UtcNow.AddHours(-1))
            {
                TryDelete(dir);
            }
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not remove {dir}: {e.Message}");
        }
    }

    /// <summary>
    /// The test host may be ended abruptly once the tests finish, before exit handlers complete. A detached watcher
    /// stops the server and removes its folder as soon as this process is gone, however it ends.
    /// </summary>
    private static void RemoveWhenThisProcessEnds(LocalPostgres local, string root)
    {
        if (OperatingSystem.IsWindows())
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                local.KillAsync().GetAwaiter().GetResult();
                TryDelete(root);
            };
            return;
        }

        var stop = local.StopCommand().Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'");
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {string.Join(' ', stop)} >/dev/null 2>&1; rm -rf '{root}'";
        var watcher = new System.Diagnostics.ProcessStartInfo("setsid", ["sh", "-c", script])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        System.Diagnostics.Process.Start(watcher)?.Dispose();
    }

    private static bool DockerEngineAnswers()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrEmpty(host) && !host.StartsWith("unix://", StringComparison.Ordinal))
        {
            return true;
        }

        var socket = string.IsNullOrEmpty(host) ? "/var/run/docker.sock" : host["unix://".Length..];
        if (!File.Exists(socket))
        {
            return false;
        }

        try
        {
            using var s = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
            s.Connect(new System.Net.Sockets.UnixDomainSocketEndPoint(socket));
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
