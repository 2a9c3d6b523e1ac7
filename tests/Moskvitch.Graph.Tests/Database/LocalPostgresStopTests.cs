using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>
/// Stopping the local PostgreSQL from two places at once. A web host stopped by its owner while its run loop stops it
/// too calls every hosted service's StopAsync twice, concurrently; each caller must find the server down when its call
/// returns.
/// </summary>
public sealed class LocalPostgresStopTests : DedicatedPostgres
{
    private string PidFile => Path.Combine(Server.DataDirectory, "postmaster.pid");

    [Fact]
    public async Task EveryCallerOfAStopInProgressReturnsOnlyOnceTheServerIsDown()
    {
        Assert.True(File.Exists(PidFile));

        var first = Server.StopAsync();
        var second = Server.StopAsync();

        await second;
        Assert.False(File.Exists(PidFile), "The second caller returned while PostgreSQL was still shutting down.");
        await first;
        Assert.False(File.Exists(PidFile));

        // A call after the stop has nothing to wait for.
        await Server.StopAsync().WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AServerStartedAgainIsStoppedAgain()
    {
        await Server.StopAsync();
        await Server.RestartOnSamePortAsync();
        Assert.True(File.Exists(PidFile));

        await Task.WhenAll(Server.StopAsync(), Server.StopAsync());
        Assert.False(File.Exists(PidFile));
    }
}
