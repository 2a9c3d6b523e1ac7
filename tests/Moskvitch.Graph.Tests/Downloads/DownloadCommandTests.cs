using Moskvitch.Graph.Tests.Infrastructure;
using Xunit.Abstractions;
using static Moskvitch.Graph.Tests.Downloads.DownloadTestSupport;

namespace Moskvitch.Graph.Tests.Downloads;

/// <summary><c>Moskvitch.Graph.Api export</c> run as a real process against the test's database.</summary>
public sealed class DownloadCommandTests(ApiFixture api, ITestOutputHelper output) : IClassFixture<ApiFixture>
{
    private Task<(int Exit, string Stdout, string Stderr)> ExportAsync(params string[] args) =>
        RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Moskvitch.Graph.Api.dll"), "export", .. args],
            AppContext.BaseDirectory,
            new Dictionary<string, string> { ["ConnectionStrings__Moskvitch"] = api.ConnectionString },
            TimeSpan.FromMinutes(2));

    [Fact]
    public async Task WritesTheSameJsonLinesAsTheEndpoint()
    {
        var dir = Path.Combine(Path.GetTempPath(), "moskvitch-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, stdout, stderr) = await ExportAsync("--format", "jsonl", "--out", dir);
            output.WriteLine(stderr);
            Assert.True(exit == 0, $"export exited with {exit}:\n{stderr}\n{stdout}");

            using var response = await api.Client.GetAsync("/export/jsonl");
            var version = response.Headers.GetValues("X-Data-Version").Single();
            var file = Path.Combine(dir, $"moskvitch-graph-{version}.jsonl");
            Assert.True(File.Exists(file), $"{file} is missing; {dir} holds: {string.Join(", ", Directory.GetFiles(dir).Select(Path.GetFileName))}");
            Assert.Contains($"wrote {file}", stderr, StringComparison.Ordinal);

            var cli = (await File.ReadAllTextAsync(file)).Split('\n');
            var http = (await response.Content.ReadAsStringAsync()).Split('\n');
            // The first line says when each was generated; everything else is identical.
            Assert.Contains($"\"dataVersion\":\"{version}\"", cli[0], StringComparison.Ordinal);
            Assert.True(http.Length > 1000, $"Only {http.Length} lines.");
            Assert.Equal(http.Length, cli.Length);
            Assert.Equal(http[1..], cli[1..]);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public async Task WithoutAFormatItPrintsUsageAndFails()
    {
        var (exit, _, stderr) = await ExportAsync("--out", Path.GetTempPath());
        Assert.Equal(2, exit);
        Assert.Contains("usage:", stderr, StringComparison.Ordinal);
    }
}
