using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Moskvitch.Graph.Bench;

/// <summary>
/// The service under test: the Release build of Moskvitch.Graph.Api run as its own process (<c>dotnet &lt;dll&gt;</c>)
/// on a free loopback port against the bench database, with its CPU time and memory read from /proc.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process, Uri address, string logPath)
    {
        _process = process;
        Address = address;
        LogPath = logPath;
    }

    public Uri Address { get; }

    public string LogPath { get; }

    public int Pid => _process.Id;

    /// <summary>Builds the service in Release (a no-op when it is up to date) and returns its dll.</summary>
    public static async Task<string> BuildAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var project = Path.Combine(repositoryRoot, "src", "Moskvitch.Graph.Api", "Moskvitch.Graph.Api.csproj");
        Console.WriteLine("Building the service (Release)");
        var start = new ProcessStartInfo("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "q", "-clp:ErrorsOnly"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var build = Process.Start(start) ?? throw new InvalidOperationException("dotnet build did not start");
        var output = build.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = build.StandardError.ReadToEndAsync(cancellationToken);
        await build.WaitForExitAsync(cancellationToken);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"Building the service failed:\n{await output}{await errors}");
        }

        var dll = Path.Combine(repositoryRoot, "src", "Moskvitch.Graph.Api", "bin", "Release", "net10.0", "Moskvitch.Graph.Api.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("The service's Release build is missing", dll);
    }

    /// <summary>
    /// Starts the service and waits until /health/ready answers 200. With <paramref name="raiseRateLimits"/> (the
    /// benchmark windows, where the per-client limit would cap req/s) the per-client limit is raised and the
    /// X-Sql-Statements header is on; without it every default holds (the load test).
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(
        string dll, BenchDatabase database, bool raiseRateLimits, string logPath, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null, int? poolSize = null)
    {
        var port = FreePort();
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = address.ToString().TrimEnd('/');
        start.Environment["ConnectionStrings__Moskvitch"] = database.OwnerConnectionString;
        start.Environment["ConnectionStrings__MoskvitchReader"] = poolSize is { } pool
            ? new Npgsql.NpgsqlConnectionStringBuilder(database.ServiceConnectionString) { MaxPoolSize = pool }.ConnectionString
            : database.ServiceConnectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning";
        if (raiseRateLimits)
        {
            start.Environment["RateLimits__RequestsPerWindow"] = "1000000000";
            start.Environment["RateLimits__PointsPerWindow"] = "1000000000";
            start.Environment["Diagnostics__SqlStatementHeader"] = "true";

            // The statement-count check asks for 50 models with 20 influences each, over the default cost budget.
            start.Environment["GraphQL__Limits__MaxFieldCost"] = "1000000";
            start.Environment["GraphQL__Limits__MaxTypeCost"] = "1000000";
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The service did not start");
        // Written out every quarter second (and at the end), not a write per line: the runner shares the cores it measures.
        var log = new ServiceLog(new StreamWriter(logPath, append: false));
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, address, logPath);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(180))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with code {process.ExitCode}; see {logPath}");
            }

            try
            {
                using var ready = await http.GetAsync(new Uri(address, "/health/ready"), cancellationToken);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(250, cancellationToken);
        }

        await service.DisposeAsync();
        throw new TimeoutException($"The service was not ready within 180 s; see {logPath}");
    }

    private static void Write(ServiceLog log, string? line) => log.Write(line);

    /// <summary>The service's output as the runner keeps it: buffered, written out at most every 250 ms and at the end.</summary>
    private sealed class ServiceLog(StreamWriter writer)
    {
        private long _flushed = Environment.TickCount64;

        public void Write(string? line)
        {
            lock (writer)
            {
                if (line is not null)
                {
                    writer.WriteLine(line);
                }

                if (line is null || Environment.TickCount64 - _flushed > 250)
                {
                    writer.Flush();
                    _flushed = Environment.TickCount64;
                }
            }
        }
    }

    /// <summary>User plus system CPU time of the service so far, in milliseconds.</summary>
    public double CpuMilliseconds()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        // Fields after the command name (in parentheses): state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000.0 / ClockTicksPerSecond;
    }

    /// <summary>The service's resident memory now and its peak (VmHWM) since start or the last <see cref="ResetPeakMemory"/>, in MiB.</summary>
    public (double Rss, double Peak) Memory()
    {
        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line) / 1024.0;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) / 1024.0;
            }
        }

        return (rss, peak);
    }

    /// <summary>Resets VmHWM to the current RSS (Linux: "5" into clear_refs), so the next peak is this window's.</summary>
    public bool ResetPeakMemory()
    {
        try
        {
            File.WriteAllText($"/proc/{Pid}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static double Kilobytes(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private static readonly long ClockTicksPerSecond = ReadClockTicks();

    private static long ReadClockTicks()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true });
            var text = getconf!.StandardOutput.ReadToEnd().Trim();
            getconf.WaitForExit();
            return long.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or FormatException or InvalidOperationException)
        {
            return 100;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the host shuts down gracefully.
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }
}
