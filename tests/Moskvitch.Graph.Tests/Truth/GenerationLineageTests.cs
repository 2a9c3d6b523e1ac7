using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Truth;

/// <summary>
/// The sources describe generations and series that follow one another; those successions are links of the lineage,
/// cited, so the lineage of the latest historic models walks back to the cars of the 1940s.
/// </summary>
public sealed class GenerationLineageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The2141sAncestryReachesThe400AndTheKim10()
    {
        var nodes = (await api.DataAsync("""
            { lineage(slug: "moskvitch-2141", direction: UPSTREAM, depth: 10, kinds: [SUCCESSION, VARIANT]) { nodes { model { slug } } } }
            """)).GetProperty("lineage").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("model").GetProperty("slug").GetString()).ToList();
        Assert.Contains("moskvitch-408", nodes);
        Assert.Contains("moskvitch-407", nodes);
        Assert.Contains("moskvitch-401", nodes);
        Assert.Contains("moskvitch-400", nodes);
        Assert.Contains("kim-10", nodes);
    }

    [Fact]
    public async Task TheNextGenerationAfterThe407IsThe408CitedWithItsLevel()
    {
        var successors = (await api.DataAsync("""
            { model(slug: "moskvitch-407") { successors(first: 10) { nodes { level successor { slug } sources { slug } } } } }
            """)).GetProperty("model").GetProperty("successors").GetProperty("nodes").EnumerateArray().ToList();
        var next = Assert.Single(successors, s => s.GetProperty("successor").GetProperty("slug").GetString() == "moskvitch-408");
        Assert.Equal("GENERATION", next.GetProperty("level").GetString());
        Assert.Contains(next.GetProperty("sources").EnumerateArray(), s => s.GetProperty("slug").GetString() == "seed-long");
    }

    [Fact]
    public async Task EverySuccessionSaysWhetherItLinksModelsSeriesOrGenerations()
    {
        var levels = (await api.DataAsync("""
            { successions(first: 50) { nodes { level predecessor { series generation } successor { series generation } } } }
            """)).GetProperty("successions").GetProperty("nodes").EnumerateArray().ToList();
        Assert.True(levels.Count >= 8, $"{levels.Count} successions");
        Assert.Contains(levels, l => l.GetProperty("level").GetString() == "MODEL");
        Assert.Contains(levels, l => l.GetProperty("level").GetString() == "SERIES");
        Assert.Contains(levels, l => l.GetProperty("level").GetString() == "GENERATION");
    }
}
