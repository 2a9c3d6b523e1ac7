using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Models;

/// <summary>
/// A lineage's links and nodes say their direction with the <c>LineageDirection</c> enum the <c>direction</c> argument
/// takes, and every named thing, the engine among them, has a <c>name</c>.
/// </summary>
public sealed class LineageDirectionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Directions = ["UPSTREAM", "DOWNSTREAM"];

    [Fact]
    public async Task LinkAndNodeDirectionsAreTheArgumentsEnumAndTheRootHasNone()
    {
        var types = (await api.DataAsync("""
            { link: __type(name: "LineageLink") { fields { name type { kind name ofType { kind name } } } }
              node: __type(name: "LineageNode") { fields { name type { kind name ofType { kind name } } } } }
            """));
        var link = Direction(types.GetProperty("link"));
        Assert.Equal("NON_NULL", link.GetProperty("kind").GetString());
        Assert.Equal("ENUM", link.GetProperty("ofType").GetProperty("kind").GetString());
        Assert.Equal("LineageDirection", link.GetProperty("ofType").GetProperty("name").GetString());
        var node = Direction(types.GetProperty("node"));
        Assert.Equal("ENUM", node.GetProperty("kind").GetString());
        Assert.Equal("LineageDirection", node.GetProperty("name").GetString());

        var lineage = (await api.DataAsync("""
            { lineage(slug: "moskvitch-412", direction: BOTH, depth: 2) { nodes { direction depth model { slug } } links { direction depth } } }
            """)).GetProperty("lineage");
        var nodes = lineage.GetProperty("nodes").EnumerateArray().ToList();
        var links = lineage.GetProperty("links").EnumerateArray().ToList();
        var root = nodes[0];
        Assert.Equal("moskvitch-412", root.GetProperty("model").GetProperty("slug").GetString());
        Assert.Equal(0, root.GetProperty("depth").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("direction").ValueKind);
        Assert.Contains(nodes, n => n.GetProperty("direction").GetString() == "UPSTREAM");
        Assert.Contains(nodes, n => n.GetProperty("direction").GetString() == "DOWNSTREAM");
        Assert.All(nodes.Skip(1), n => Assert.Contains(n.GetProperty("direction").GetString(), Directions));
        Assert.True(links.Count >= nodes.Count - 1, $"{links.Count} links for {nodes.Count} nodes");
        Assert.All(links, l => Assert.Contains(l.GetProperty("direction").GetString(), Directions));
        Assert.Contains(links, l => l.GetProperty("direction").GetString() == "UPSTREAM");
        Assert.Contains(links, l => l.GetProperty("direction").GetString() == "DOWNSTREAM");
    }

    [Fact]
    public async Task AnUpstreamLineageHasOnlyUpstreamLinksAndNodesBesideTheRoot()
    {
        var lineage = (await api.DataAsync("""
            query($d: LineageDirection) { lineage(slug: "moskvitch-2141", direction: $d, depth: 2) { nodes { direction } links { direction } } }
            """, new { d = "UPSTREAM" })).GetProperty("lineage");
        var nodes = lineage.GetProperty("nodes").EnumerateArray().Skip(1).ToList();
        var links = lineage.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(6, nodes.Count);
        Assert.Equal(6, links.Count);
        Assert.All(nodes.Concat(links), x => Assert.Equal("UPSTREAM", x.GetProperty("direction").GetString()));
    }

    [Fact]
    public async Task AnEngineHasANameWhichIsItsDesignationAndCanBeFilteredAndSortedByIt()
    {
        var engines = (await api.DataAsync("""
            { engines(first: 50, where: { name: { contains: "Moskvitch" } }, order: [{ name: DESC }]) { totalCount nodes { name designation } } }
            """)).GetProperty("engines");
        var expected = new List<string>();
        await using (var connection = new Npgsql.NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("SELECT designation FROM engine WHERE strpos(designation, 'Moskvitch') > 0 ORDER BY designation DESC, id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                expected.Add(reader.GetString(0));
            }
        }

        Assert.True(expected.Count >= 5, $"{expected.Count} engines");
        var nodes = engines.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(expected, nodes.Select(n => n.GetProperty("name").GetString()));
        Assert.All(nodes, n => Assert.Equal(n.GetProperty("designation").GetString(), n.GetProperty("name").GetString()));
        Assert.Equal(expected.Count, engines.GetProperty("totalCount").GetInt32());

        var byName = (await api.DataAsync("""{ engine(slug: "uzam-412") { name } }""")).GetProperty("engine");
        Assert.Equal("UZAM-412", byName.GetProperty("name").GetString());
    }

    private static JsonElement Direction(JsonElement type) =>
        type.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "direction").GetProperty("type");
}
