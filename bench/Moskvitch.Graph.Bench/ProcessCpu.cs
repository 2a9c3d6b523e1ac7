using System.Globalization;

namespace Moskvitch.Graph.Bench;

/// <summary>CPU time of processes, read from /proc (user plus system, in milliseconds).</summary>
public static class ProcessCpu
{
    private static readonly double MillisecondsPerTick = 1000.0 / ClockTicks();

    /// <summary>The CPU time process <paramref name="pid"/> has used so far.</summary>
    public static double Of(int pid) => Read(pid) is { } stat ? (stat.Utime + stat.Stime) * MillisecondsPerTick : 0;

    /// <summary>
    /// The CPU time a server and every process it started have used: the server's own, its live children's, and the
    /// children it has reaped (PostgreSQL's backends come and go with connections).
    /// </summary>
    public static double OfTree(int parent)
    {
        var own = Read(parent);
        if (own is null)
        {
            return 0;
        }

        var ticks = own.Value.Utime + own.Value.Stime + own.Value.Cutime + own.Value.Cstime;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Read(pid) is { } stat && stat.Parent == parent)
            {
                ticks += stat.Utime + stat.Stime;
            }
        }

        return ticks * MillisecondsPerTick;
    }

    private readonly record struct Stat(int Parent, long Utime, long Stime, long Cutime, long Cstime);

    private static Stat? Read(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            // After the command name (in parentheses): state is field 3, ppid 4, utime 14, stime 15, cutime 16, cstime 17.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int n) => long.Parse(fields[n - 3], CultureInfo.InvariantCulture);
            return new Stat((int)Field(4), Field(14), Field(15), Field(16), Field(17));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static long ClockTicks()
    {
        try
        {
            using var getconf = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true });
            var text = getconf!.StandardOutput.ReadToEnd().Trim();
            getconf.WaitForExit();
            return long.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or FormatException or InvalidOperationException)
        {
            return 100;
        }
    }
}
