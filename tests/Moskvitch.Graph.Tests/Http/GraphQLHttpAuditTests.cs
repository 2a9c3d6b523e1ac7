using System.Diagnostics;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>
/// graphql-http's server audits (npm <c>graphql-http</c>, pinned in <c>Http/audit/package.json</c>) run by Node against
/// the service on real Kestrel. Every MUST and every SHOULD audit has to pass; MAY audits are reported in the test
/// output, not gated.
/// </summary>
public sealed class GraphQLHttpAuditTests(KestrelApiFixture api, ITestOutputHelper output) : IClassFixture<KestrelApiFixture>
{
    private static readonly string AuditDirectory = Path.Combine(AppContext.BaseDirectory, "Http", "audit");

    public sealed record AuditLine(string Id, string Name, string Requirement, string Status, string? Reason, int? HttpStatus, string? ContentType);

    [Fact]
    public async Task EveryMustAndShouldAuditPasses()
    {
        await EnsureInstalledAsync();
        var clock = Stopwatch.StartNew();
        var (exit, stdout, stderr) = await RunAsync("node", ["audit.mjs", api.BaseAddress + "/graphql"], TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, $"node audit.mjs exited with {exit}:\n{stderr}\n{stdout}");

        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonSerializer.Deserialize<AuditLine>(line, options)!)
            .ToList();
        Assert.True(results.Count > 0, "The audit reported nothing:\n" + stderr);

        // Reported for every level; MAY audits are not gated.
        output.WriteLine($"graphql-http audit against {api.BaseAddress}/graphql: {results.Count} audits in {clock.Elapsed.TotalSeconds:0.0}s");
        foreach (var requirement in new[] { "MUST", "SHOULD", "MAY" })
        {
            var level = results.Where(r => r.Requirement == requirement).ToList();
            output.WriteLine($"  {requirement}: {level.Count(r => r.Status == "ok")} passed, {level.Count(r => r.Status != "ok")} failed");
        }

        foreach (var failure in results.Where(r => r.Status != "ok"))
        {
            output.WriteLine(Describe(failure));
        }

        var failed = results.Where(r => r.Requirement is "MUST" or "SHOULD" && r.Status != "ok").ToList();
        Assert.True(failed.Count == 0,
            $"{failed.Count} MUST/SHOULD audits failed:\n" + string.Join('\n', failed.Select(Describe)));
        Assert.Contains(results, r => r.Requirement == "MUST");
        Assert.Contains(results, r => r.Requirement == "SHOULD");
    }

    private static string Describe(AuditLine r) =>
        $"  [{r.Requirement} {r.Id}] {r.Name}: {r.Reason} (HTTP {r.HttpStatus}, {r.ContentType})";

    /// <summary><c>npm ci</c> in the copy of Http/audit in the test output, once (skipped while node_modules is there).</summary>
    private static async Task EnsureInstalledAsync()
    {
        if (File.Exists(Path.Combine(AuditDirectory, "node_modules", "graphql-http", "package.json")))
        {
            return;
        }

        var (exit, stdout, stderr) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, $"npm ci in {AuditDirectory} exited with {exit}:\n{stderr}\n{stdout}");
    }

    private static Task<(int Exit, string Stdout, string Stderr)> RunAsync(string tool, string[] args, TimeSpan timeout) =>
        ExternalTool.RunAsync(tool, args, AuditDirectory, null, timeout);
}
