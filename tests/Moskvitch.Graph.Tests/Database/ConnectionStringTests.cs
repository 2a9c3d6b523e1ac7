using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>
/// A connection string PostgreSQL's driver cannot take (an unknown keyword, a value of the wrong kind, settings that
/// contradict each other) stops the service at start with one line naming the setting and what is wrong, exit code 1:
/// not a crash with a stack trace, and not a service that starts and then fails every request.
/// </summary>
public sealed class ConnectionStringTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Secret = "s3cret-Pa55word";

    /// <summary>A well-formed connection string to a port nothing listens on: the check comes before any connection.</summary>
    private const string Valid = "Host=127.0.0.1;Port=1;Database=moskvitch;Username=moskvitch;Password=" + Secret;

    /// <summary>Were the service to start, it would take a free port, not the default 5000 another test may hold.</summary>
    private const string AnyPort = "http://127.0.0.1:0";

    public static TheoryData<string, string> Mistakes => new()
    {
        // SqlClient's spelling; Npgsql knows "Maximum Pool Size" and "MaxPoolSize" only.
        { ";Max Pool Size=4", "max pool size" },
        { ";Port=fifty", "Port" },
        // More sessions kept open than the pool may hold (the service's pool holds 40 unless told otherwise).
        { ";Minimum Pool Size=50", "'Min Pool Size' 50" },
        { ";Host", "does not conform to specification" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task AMigrationConnectionStringTheDriverRefusesStopsTheServiceWithOneLine(string mistake, string named)
    {
        await using var service = ServiceProcess.Start(Valid + mistake, new Dictionary<string, string> { ["Urls"] = AnyPort });
        await AssertRefusedAsync(service, "ConnectionStrings__Moskvitch ", named);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task AReaderConnectionStringTheDriverRefusesStopsTheServiceWithOneLine(string mistake, string named)
    {
        await using var service = ServiceProcess.Start(Valid, new Dictionary<string, string>
        {
            ["ConnectionStrings__MoskvitchReader"] = Valid + mistake,
            ["Urls"] = AnyPort,
        });
        await AssertRefusedAsync(service, "ConnectionStrings__MoskvitchReader ", named);
    }

    private async Task AssertRefusedAsync(ServiceProcess service, string setting, string named)
    {
        var address = await service.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        Assert.True(address is null, $"The service listens at {address} with a connection string it cannot use.");
        var exit = await service.WaitForExitAsync(TimeSpan.FromSeconds(60));
        output.WriteLine($"exit {exit}\nstderr:\n{service.Stderr}\nstdout:\n{service.Stdout}");

        Assert.Equal(1, exit);
        var line = Assert.Single(service.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(setting, line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Secret, service.Stdout + service.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", service.Stdout + service.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", service.Stdout + service.Stderr, StringComparison.Ordinal);
    }
}
