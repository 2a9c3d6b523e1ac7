using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;
using static Moskvitch.Graph.Tests.Downloads.DownloadTestSupport;

namespace Moskvitch.Graph.Tests.Downloads;

/// <summary>
/// <c>GET /export/nt</c> parsed by a real RDF parser: N3.js (npm <c>n3</c>, pinned in <c>Downloads/rdf/package.json</c>),
/// installed with <c>npm ci</c> in the copy of Downloads/rdf in the test output, run by Node.
/// </summary>
public sealed class NTriplesDownloadTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    private static readonly string RdfDirectory = Path.Combine(AppContext.BaseDirectory, "Downloads", "rdf");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record ParsedObject(string Value, string TermType, string? Datatype);

    public sealed record ParseResult(int Triples, int Subjects, int Predicates, List<ParsedObject> Objects);

    [Fact]
    public async Task N3ParsesEveryLineAndFindsThe412sName()
    {
        using var response = await api.Client.GetAsync("/export/nt");
        Assert.Equal("application/n-triples", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var file = Path.Combine(Path.GetTempPath(), $"moskvitch-export-{Guid.NewGuid():N}.nt");
        await File.WriteAllTextAsync(file, text);
        try
        {
            await EnsureInstalledAsync();
            var (exit, stdout, stderr) = await RunAsync("node",
                ["parse.mjs", file, "urn:moskvitch-graph:model:moskvitch-412", "urn:moskvitch-graph:vocab:name"],
                RdfDirectory, null, TimeSpan.FromMinutes(1));
            Assert.True(exit == 0, $"node parse.mjs exited with {exit}:\n{stderr}\n{stdout}");
            var result = JsonSerializer.Deserialize<ParseResult>(stdout, Json)!;

            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var triples = lines.Where(l => !l.StartsWith('#')).ToList();
            Assert.StartsWith("# Moskvitch Graph, data version " + response.Headers.GetValues("X-Data-Version").Single(), lines[0], StringComparison.Ordinal);
            Assert.True(triples.Count > 1000, $"Only {triples.Count} triples.");
            Assert.Equal(triples.Count, result.Triples);
            Assert.Equal(new ParsedObject("Moskvitch 412", "Literal", Xsd + "string"), Assert.Single(result.Objects));

            // One subject per row, each typed once with its class.
            await FactTablesGuard.AssertAreTheCitedTablesAsync(api.ConnectionString);
            var rows = await CountAsync(api.ConnectionString, "source");
            foreach (var table in FactTables)
            {
                rows += await CountAsync(api.ConnectionString, table);
            }

            Assert.Equal(rows, result.Subjects);
            Assert.Equal(rows, triples.Count(l => l.Contains("> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:moskvitch-graph:vocab:", StringComparison.Ordinal)));
            Assert.Equal(await CountAsync(api.ConnectionString, "model"),
                triples.Count(l => l.EndsWith("#type> <urn:moskvitch-graph:vocab:Model> .", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task FactsLinkToTheirSourcesAndLiteralsAreTyped()
    {
        var text = await api.Client.GetStringAsync("/export/nt");
        var triples = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();

        await FactTablesGuard.AssertAreTheCitedTablesAsync(api.ConnectionString);
        var citations = 0L;
        foreach (var table in FactTables)
        {
            citations += await CountAsync(api.ConnectionString, table + "_source");
        }

        Assert.True(citations > 0);
        Assert.Equal(citations, triples.Count(l => l.Contains("> <http://purl.org/dc/terms/source> <urn:moskvitch-graph:source:", StringComparison.Ordinal)));

        const string M412 = "<urn:moskvitch-graph:model:moskvitch-412>";
        var sources = (await RowsAsync(api.ConnectionString,
            "SELECT s.slug FROM model_source c JOIN source s ON s.id = c.source_id JOIN model m ON m.id = c.model_id WHERE m.slug = 'moskvitch-412'"))
            .Select(r => (string)r[0]!).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(sources);
        Assert.Equal(sources, triples.Where(l => l.StartsWith(M412 + " <http://purl.org/dc/terms/source>", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[2]["<urn:moskvitch-graph:source:".Length..^1]).Order(StringComparer.Ordinal));
        Assert.Contains($"{M412} <urn:moskvitch-graph:vocab:yearFrom> \"1967\"^^<{Xsd}integer> .", triples);
        Assert.Contains($"{M412} <urn:moskvitch-graph:vocab:isMoskvitch> \"true\"^^<{Xsd}boolean> .", triples);
        Assert.Contains($"{M412} <urn:moskvitch-graph:vocab:parentModel> <urn:moskvitch-graph:model:moskvitch-408> .", triples);
        Assert.Contains(triples, l => l.StartsWith("<urn:moskvitch-graph:claim:", StringComparison.Ordinal)
            && l.Contains("<urn:moskvitch-graph:vocab:subject> <urn:moskvitch-graph:model:", StringComparison.Ordinal));
    }

    /// <summary><c>npm ci</c> in the copy of Downloads/rdf in the test output, once (skipped while node_modules is there).</summary>
    private static async Task EnsureInstalledAsync()
    {
        if (File.Exists(Path.Combine(RdfDirectory, "node_modules", "n3", "package.json")))
        {
            return;
        }

        var (exit, stdout, stderr) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], RdfDirectory, null, TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, $"npm ci in {RdfDirectory} exited with {exit}:\n{stderr}\n{stdout}");
    }
}
