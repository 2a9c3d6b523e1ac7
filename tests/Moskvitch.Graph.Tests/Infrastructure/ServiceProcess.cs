using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>
/// The service as its own process (<c>dotnet Moskvitch.Graph.Api.dll</c> from the test output, as
/// <c>EmbeddedDatabaseTests</c> runs it) over a given database, with the address settings of the test's own environment
/// removed and the given ones set; its output is collected line by line. Disposing it kills it.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private const string ReadyPrefix = "Moskvitch Graph is ready: ";

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stdoutClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServiceProcess(Process process) => _process = process;

    /// <summary>Everything the process wrote to standard output so far.</summary>
    public string Stdout
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    /// <summary>Everything the process wrote to standard error so far.</summary>
    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the service with <paramref name="environment"/> and <paramref name="args"/>. Every variable that could
    /// choose an address (<c>ASPNETCORE_URLS</c>, <c>URLS</c>, <c>…HTTP_PORTS</c>, <c>…HTTPS_PORTS</c>,
    /// <c>Kestrel__…</c>, with or without the <c>ASPNETCORE_</c>/<c>DOTNET_</c> prefix) is first removed from what the
    /// process inherits.
    /// </summary>
    public static ServiceProcess Start(string connectionString, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Moskvitch.Graph.Api.dll"), .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var name in start.Environment.Keys.Where(ChoosesAnAddress).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["ConnectionStrings__Moskvitch"] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var service = new ServiceProcess(process);
        process.OutputDataReceived += (_, e) => service.Receive(e.Data, service._stdout, service._stdoutClosed);
        process.ErrorDataReceived += (_, e) => service.Receive(e.Data, service._stderr, service._stderrClosed);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>
    /// The address of the GraphQL endpoint that the service prints once it listens, or null when the process exits
    /// first; throws when neither happens within <paramref name="timeout"/>.
    /// </summary>
    public async Task<string?> WaitUntilReadyAsync(TimeSpan timeout)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_ready.Task, exited, Task.Delay(timeout));
        if (first == _ready.Task)
        {
            return await _ready.Task;
        }

        if (first == exited)
        {
            return _ready.Task.IsCompleted ? await _ready.Task : null;
        }

        throw new TimeoutException($"The service neither listened nor exited within {timeout.TotalSeconds:0} s.\n{Stdout}\n{Stderr}");
    }

    /// <summary>Waits for the process to exit and its output to be read; returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The service did not exit within {timeout.TotalSeconds:0} s.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
        }

        await Task.WhenAll(_stdoutClosed.Task, _stderrClosed.Task).WaitAsync(TimeSpan.FromSeconds(10));
        return _process.ExitCode;
    }

    /// <summary>A loopback port that nothing listens on at the moment.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
    }

    private static bool ChoosesAnAddress(string name)
    {
        var key = name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) ? name["ASPNETCORE_".Length..]
            : name.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase) ? name["DOTNET_".Length..]
            : name;
        return key.Equals("URLS", StringComparison.OrdinalIgnoreCase)
            || key.Equals("HTTP_PORTS", StringComparison.OrdinalIgnoreCase)
            || key.Equals("HTTPS_PORTS", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("Kestrel__", StringComparison.OrdinalIgnoreCase);
    }

    private void Receive(string? line, StringBuilder into, TaskCompletionSource closed)
    {
        if (line is null)
        {
            closed.TrySetResult();
            return;
        }

        lock (into)
        {
            into.AppendLine(line);
        }

        if (line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
        {
            _ready.TrySetResult(line[ReadyPrefix.Length..].Trim());
        }
    }
}
