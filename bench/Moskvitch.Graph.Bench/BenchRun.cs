namespace Moskvitch.Graph.Bench;

public static class BenchRun
{
    public static Task<int> RunAsync(BenchOptions options, BenchDatabase database, CancellationToken cancellationToken) => Task.FromResult(0);
}
