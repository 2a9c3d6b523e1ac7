using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Moskvitch.Graph.Api.Hosting;
using Moskvitch.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>
/// The service started as its own process listens where ASP.NET Core's standard settings say, on
/// http://localhost:5000 when none is set, and ends with one line, not a stack trace, when its port is taken.
/// </summary>
public sealed class ListenAddressTests(DatabaseFixture database, ITestOutputHelper output) : IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("ASPNETCORE_HTTP_PORTS")]
    [InlineData("URLS")]
    [InlineData("--urls")]
    [InlineData("Kestrel__Endpoints")]
    public async Task TheServiceListensWhereTheStandardSettingSays(string setting)
    {
        var port = ServiceProcess.FreePort();
        var url = $"http://127.0.0.1:{port}";
        var (environment, args) = setting switch
        {
            "ASPNETCORE_HTTP_PORTS" => (new Dictionary<string, string> { [setting] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Array.Empty<string>()),
            "--urls" => (new Dictionary<string, string>(), new[] { "--urls", url }),
            "Kestrel__Endpoints" => (new Dictionary<string, string> { ["Kestrel__Endpoints__Http__Url"] = url }, Array.Empty<string>()),
            _ => (new Dictionary<string, string> { [setting] = url }, Array.Empty<string>()),
        };

        var clock = Stopwatch.StartNew();
        await using var service = ServiceProcess.Start(database.ConnectionString, environment, args);
        var address = await service.WaitUntilReadyAsync(StartTimeout);
        output.WriteLine($"{setting} = {port}: ready at {address ?? "(exited)"} after {clock.ElapsedMilliseconds} ms");
        Assert.True(address is not null, $"The service exited.\nstdout:\n{service.Stdout}\nstderr:\n{service.Stderr}");
        Assert.EndsWith($":{port}/graphql", address, StringComparison.Ordinal);

        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        using var answer = await http.PostAsync("/graphql", new StringContent(
            """{"query":"{ model(slug: \"moskvitch-412\") { name } }"}""", Encoding.UTF8, "application/json"));
        Assert.Equal("""{"data":{"model":{"name":"Moskvitch 412"}}}""", await answer.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The default without a process on port 5000 (other services on a shared machine may use it): the same builder
    /// the service makes, without the environment's variables, given only the command line.
    /// </summary>
    [Theory]
    [InlineData(new string[0], ServiceAddress.DefaultUrl)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5999" }, "http://127.0.0.1:5999")]
    [InlineData(new[] { "--http_ports", "5999" }, null)]
    [InlineData(new[] { "--https_ports", "5999" }, null)]
    [InlineData(new[] { "--Kestrel:Endpoints:Http:Url", "http://127.0.0.1:5999" }, null)]
    public void WithNothingSetTheServiceListensOnLocalhost5000(string[] args, string? urls)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        foreach (var source in builder.Configuration.Sources.OfType<EnvironmentVariablesConfigurationSource>().ToList())
        {
            builder.Configuration.Sources.Remove(source);
        }

        builder.UseDefaultAddressWhenUnset();
        Assert.Equal(urls, builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey) is { Length: > 0 } set ? set : null);
    }

    [Fact]
    public async Task APortInUseEndsTheServiceWithOneLineNamingIt()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var clock = Stopwatch.StartNew();
        await using var service = ServiceProcess.Start(database.ConnectionString, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });
        await AssertEndsWithOneLineAsync(service, port, clock);
    }

    /// <summary>
    /// With nothing set the service takes port 5000: holding it here (or finding it held already) the service must end
    /// naming port 5000. The service itself never holds 5000, so nothing else on the machine is disturbed by it.
    /// </summary>
    [Fact]
    public async Task WithNothingSetAndPort5000TakenTheServiceNamesPort5000()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 5000);
        try
        {
            taken.Start();
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            output.WriteLine("Port 5000 is already in use on this machine.");
        }

        var clock = Stopwatch.StartNew();
        await using var service = ServiceProcess.Start(database.ConnectionString, new Dictionary<string, string>());
        await AssertEndsWithOneLineAsync(service, 5000, clock);
    }

    private async Task AssertEndsWithOneLineAsync(ServiceProcess service, int port, Stopwatch clock)
    {
        var address = await service.WaitUntilReadyAsync(StartTimeout);
        Assert.True(address is null, $"The service listens at {address} instead of failing on port {port}.");
        var exit = await service.WaitForExitAsync(StartTimeout);
        var elapsed = clock.Elapsed;
        var stderrLines = service.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var stdoutLines = service.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        output.WriteLine($"port {port} taken: exit {exit} after {elapsed.TotalMilliseconds:0} ms; stderr {stderrLines.Length} line(s), stdout {stdoutLines.Length} line(s)");
        output.WriteLine("stderr:\n" + service.Stderr);
        output.WriteLine("stdout:\n" + service.Stdout);

        Assert.NotEqual(0, exit);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"exited only after {elapsed.TotalSeconds:F1} s");
        var line = Assert.Single(stderrLines);
        Assert.Contains($"Port {port} ", line, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_URLS=", line, StringComparison.Ordinal);
        Assert.Contains("--urls", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", service.Stdout + service.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", service.Stdout + service.Stderr, StringComparison.Ordinal);
    }
}
