using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Moskvitch.Graph.Data;

/// <summary>
/// A PostgreSQL server run from the binaries installed on this machine (initdb, pg_ctl, postgres), with its data
/// folder under <see cref="RootDirectory"/>, listening on a free loopback port. A second start on the same folder
/// reuses the cluster, so data survives restarts. As root, the binaries run as the <c>postgres</c> OS user, which
/// owns the folder, because PostgreSQL refuses to run as root.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    public const string SuperUser = "postgres";
    private const string SetSid = "/usr/bin/setsid";
    private const int MinimumMajorVersion = 15;

    private readonly string _binDirectory;
    private readonly ILogger _logger;
    private readonly bool _runAsPostgresUser;
    private readonly Lock _stopLock = new();
    private bool _startedHere;
    private Task? _stopping;

    private LocalPostgres(string binDirectory, string rootDirectory, ILogger logger)
    {
        _binDirectory = binDirectory;
        RootDirectory = rootDirectory;
        _logger = logger;
        _runAsPostgresUser = !OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess;
    }

    /// <summary>The folder that holds <c>data/</c> (the cluster), <c>password</c> and <c>postgres.log</c>.</summary>
    public string RootDirectory { get; }

    public string DataDirectory => Path.Combine(RootDirectory, "data");

    public int Port { get; private set; }

    public string Password { get; private set; } = "";

    /// <summary>A connection string for <paramref name="database"/> as the cluster's superuser.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Password = Password,
        Database = database,
    }.ConnectionString;

    /// <summary>The message shown when no PostgreSQL can be found: the three ways to give the service a database.</summary>
    public static string MissingBinariesMessage { get; } = """
        Moskvitch Graph needs PostgreSQL 15 or newer, and none was found.
        Choose one of the three ways:
          1. Install PostgreSQL (Debian/Ubuntu: sudo apt-get install postgresql; macOS: brew install postgresql@16)
             and run again: the service starts its own PostgreSQL from those binaries (or set
             Database__PostgresBinDirectory to the folder holding initdb and pg_ctl).
          2. Point the service at a PostgreSQL you run: set ConnectionStrings__Moskvitch, e.g.
             ConnectionStrings__Moskvitch="Host=localhost;Port=5432;Database=moskvitch;Username=moskvitch;Password=..."
          3. With Docker: docker compose up
        """;

    /// <summary>Finds the folder holding initdb and pg_ctl: the given one, PATH, then the usual install folders.</summary>
    public static string? FindBinDirectory(string? configured = null)
    {
        var exe = OperatingSystem.IsWindows() ? ".exe" : "";
        bool HasTools(string dir) =>
            File.Exists(Path.Combine(dir, "initdb" + exe)) && File.Exists(Path.Combine(dir, "pg_ctl" + exe))
            && File.Exists(Path.Combine(dir, "postgres" + exe));

        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasTools(configured) ? configured : null;
        }

        var candidates = new List<string>();
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        candidates.AddRange(VersionedFolders("/usr/lib/postgresql", "bin"));
        candidates.AddRange(VersionedFolders("/usr", "bin", "pgsql-"));
        candidates.AddRange(VersionedFolders("/opt/homebrew/opt", "bin", "postgresql@"));
        candidates.AddRange(VersionedFolders("/usr/local/opt", "bin", "postgresql@"));
        candidates.Add("/usr/local/pgsql/bin");
        candidates.Add("/Applications/Postgres.app/Contents/Versions/latest/bin");
        if (OperatingSystem.IsWindows())
        {
            candidates.AddRange(VersionedFolders(
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "PostgreSQL"), "bin"));
        }

        foreach (var dir in candidates)
        {
            // PATH entries often hold symlinks to the versioned folder; follow them so pg_ctl finds postgres.
            var resolved = ResolveToolDirectory(dir, exe);
            if (resolved is not null && HasTools(resolved) && MajorVersion(resolved) >= MinimumMajorVersion)
            {
                return resolved;
            }
        }

        return null;
    }

    /// <summary>The default root folder: the user's data directory, or the postgres user's home when run as root.</summary>
    public static string DefaultRootDirectory()
    {
        if (!OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess)
        {
            var home = PostgresUserHome() ?? "/var/lib/postgresql";
            return Path.Combine(home, "moskvitch-graph");
        }

        return Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "moskvitch-graph", "postgres");
    }

    /// <summary>Creates the cluster when the folder has none, starts it (or adopts one already running there).</summary>
    public static async Task<LocalPostgres> StartAsync(string binDirectory, string rootDirectory, ILogger logger, CancellationToken cancellationToken = default)
    {
        var server = new LocalPostgres(binDirectory, Path.GetFullPath(rootDirectory), logger);
        await server.StartAsync(cancellationToken).ConfigureAwait(false);
        return server;
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(RootDirectory);
        if (_runAsPostgresUser)
        {
            await RunAsync("chown", ["-R", $"{SuperUser}:", RootDirectory], asPostgres: false, cancellationToken).ConfigureAwait(false);
        }

        var passwordFile = Path.Combine(RootDirectory, "password");
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            _logger.LogInformation("Creating a PostgreSQL cluster in {DataDirectory}", DataDirectory);
            Password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            await WriteOwnedFileAsync(passwordFile, Password, cancellationToken).ConfigureAwait(false);
            await RunAsync(Tool("initdb"),
                ["-D", DataDirectory, "-U", SuperUser, "-A", "scram-sha-256", "--pwfile", passwordFile,
                 "-E", "UTF8", "--locale", "C", "--no-instructions"],
                asPostgres: true, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            Password = (await File.ReadAllTextAsync(passwordFile, cancellationToken).ConfigureAwait(false)).Trim();
        }

        var runningPort = await RunningPortAsync(cancellationToken).ConfigureAwait(false);
        if (runningPort is int port)
        {
            Port = port;
            _logger.LogInformation("Using the PostgreSQL already running on port {Port} from {DataDirectory}", Port, DataDirectory);
            return;
        }

        Port = FreeLoopbackPort();
        await PgCtlStartAsync(cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Started PostgreSQL on 127.0.0.1:{Port} with data in {DataDirectory}", Port, DataDirectory);
    }

    /// <summary>
    /// Stops the server if this instance started it. Calls made while a stop is under way wait for that stop: a web
    /// host stopped by its owner while its run loop also stops it calls this twice at once, and each caller must find
    /// the server down when its call returns.
    /// </summary>
    public Task StopAsync()
    {
        lock (_stopLock)
        {
            if (_startedHere)
            {
                _startedHere = false;
                _stopping = StopStartedServerAsync();
            }

            return _stopping ?? Task.CompletedTask;
        }
    }

    private async Task StopStartedServerAsync()
    {
        var exit = await RunAsync(Tool("pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop"], asPostgres: true, CancellationToken.None, throwOnError: false)
            .ConfigureAwait(false);
        if (exit == 0 || await RunningPortAsync(CancellationToken.None).ConfigureAwait(false) is null)
        {
            _logger.LogInformation("Stopped PostgreSQL on port {Port}", Port);
        }
        else
        {
            _logger.LogWarning("PostgreSQL on port {Port} did not stop (pg_ctl exit code {ExitCode}); the next start adopts it", Port, exit);
        }
    }

    /// <summary>Stops the server at once (used for fault tests): no checkpoint, recovery on next start.</summary>
    public Task KillAsync() =>
        RunAsync(Tool("pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], asPostgres: true, CancellationToken.None);

    /// <summary>The command line that stops this server at once (for watchers outside this process).</summary>
    public IReadOnlyList<string> StopCommand()
    {
        string[] stop = [Tool("pg_ctl"), "-D", DataDirectory, "-m", "immediate", "-w", "stop"];
        return _runAsPostgresUser ? ["runuser", "-u", SuperUser, "--", .. stop] : stop;
    }

    /// <summary>Starts the server again on the same port after <see cref="StopAsync"/> or <see cref="KillAsync"/>.</summary>
    public Task RestartOnSamePortAsync(CancellationToken cancellationToken = default) => PgCtlStartAsync(cancellationToken);

    /// <summary><c>pg_ctl start</c> on <see cref="Port"/>, loopback only, no Unix socket, logging to postgres.log.</summary>
    private async Task PgCtlStartAsync(CancellationToken cancellationToken)
    {
        var options = string.Create(CultureInfo.InvariantCulture,
            $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200");
        await RunAsync(Tool("pg_ctl"),
            ["-D", DataDirectory, "-l", Path.Combine(RootDirectory, "postgres.log"), "-o", options, "-w", "-t", "60", "start"],
            asPostgres: true, cancellationToken).ConfigureAwait(false);
        lock (_stopLock)
        {
            _startedHere = true;
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private string Tool(string name) => Path.Combine(_binDirectory, OperatingSystem.IsWindows() ? name + ".exe" : name);

    private async Task<int?> RunningPortAsync(CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var status = await RunAsync(Tool("pg_ctl"), ["-D", DataDirectory, "status"], asPostgres: true, cancellationToken, throwOnError: false)
            .ConfigureAwait(false);
        if (status != 0)
        {
            return null;
        }

        // postmaster.pid line 4 holds the port the running server listens on.
        var lines = await File.ReadAllLinesAsync(pidFile, cancellationToken).ConfigureAwait(false);
        return lines.Length > 3 && int.TryParse(lines[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    private async Task WriteOwnedFileAsync(string path, string content, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(path, content, cancellationToken).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        if (_runAsPostgresUser)
        {
            await RunAsync("chown", [$"{SuperUser}:", path], asPostgres: false, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<int> RunAsync(string fileName, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken, bool throwOnError = true)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // pg_ctl runs in a session of its own (setsid), so that the postmaster it starts does not receive the
        // terminal's Ctrl+C meant for the service, which stops PostgreSQL itself when it shuts down.
        var prefix = new List<string>();
        if (asPostgres && File.Exists(SetSid))
        {
            prefix.AddRange([SetSid, "-w"]);
        }

        if (asPostgres && _runAsPostgresUser)
        {
            prefix.AddRange(["runuser", "-u", SuperUser, "--"]);
        }

        prefix.Add(fileName);
        start.FileName = prefix[0];
        foreach (var a in prefix.Skip(1))
        {
            start.ArgumentList.Add(a);
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new LocalPostgresException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var output = (await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false));
        if (process.ExitCode != 0 && throwOnError)
        {
            throw new LocalPostgresException(
                $"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {output.Trim()}");
        }

        return process.ExitCode;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static IEnumerable<string> VersionedFolders(string parent, string bin, string prefix = "")
    {
        if (!Directory.Exists(parent))
        {
            return [];
        }

        return Directory.EnumerateDirectories(parent, prefix + "*")
            .Select(d => (Dir: d, Version: ParseVersion(Path.GetFileName(d)[prefix.Length..])))
            .Where(x => x.Version > 0)
            .OrderByDescending(x => x.Version)
            .Select(x => Path.Combine(x.Dir, bin));
    }

    private static double ParseVersion(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static string? ResolveToolDirectory(string dir, string exe)
    {
        var pgCtl = Path.Combine(dir, "pg_ctl" + exe);
        if (!File.Exists(pgCtl))
        {
            return null;
        }

        var target = new FileInfo(pgCtl).ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? dir : Path.GetDirectoryName(target.FullName);
    }

    private static int MajorVersion(string binDirectory)
    {
        // `pg_ctl --version` prints e.g. "pg_ctl (PostgreSQL) 15.18"; it runs fine as root.
        try
        {
            var start = new ProcessStartInfo(Path.Combine(binDirectory, OperatingSystem.IsWindows() ? "pg_ctl.exe" : "pg_ctl"), "--version")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return 0;
            }

            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var version = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            return int.TryParse(version.Split('.')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var major) ? major : 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 0;
        }
    }

    private static string? PostgresUserHome()
    {
        try
        {
            foreach (var line in File.ReadLines("/etc/passwd"))
            {
                var parts = line.Split(':');
                if (parts.Length > 5 && parts[0] == SuperUser)
                {
                    return parts[5];
                }
            }
        }
        catch (IOException)
        {
        }

        return null;
    }
}
