using System.Diagnostics;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>Runs a command-line tool (npm, node, dotnet) for a test, with a time limit and its output captured.</summary>
public static class ExternalTool
{
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(
        string tool, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout)
    {
        var arguments = args.ToList();
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "cmd.exe" : tool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (OperatingSystem.IsWindows())
        {
            start.ArgumentList.Add("/c");
            start.ArgumentList.Add(tool);
        }

        foreach (var arg in arguments)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"`{tool}` was not found ({e.Message}). These tests need Node.js 18+ with npm on PATH (Debian: apt-get install nodejs npm).", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s.");
            }

            return (process.ExitCode, await stdout, await stderr);
        }
    }
}
