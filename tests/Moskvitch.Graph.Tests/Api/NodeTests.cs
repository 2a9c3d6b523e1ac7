using System.Text;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Api;

/// <summary>Global object identification as HotChocolate does it.</summary>
public sealed class NodeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static string Id(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task IdsAreBase64OfTypeAndKeyAndResolveThroughNode()
    {
        var key = await TestPostgres.ScalarAsync<int>(api.ConnectionString, "SELECT id FROM model WHERE slug = 'moskvitch-412'");
        var data = await api.DataAsync("{ model(slug: \"moskvitch-412\") { id } }");
        Assert.Equal(Id($"Model:{key}"), data.GetProperty("model").GetProperty("id").GetString());

        var node = await api.DataAsync($"{{ node(id: \"{Id($"Model:{key}")}\") {{ __typename ... on Model {{ name }} }} }}");
        Assert.Equal("Moskvitch 412", node.GetProperty("node").GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheLegacyFormatIsAccepted()
    {
        var key = await TestPostgres.ScalarAsync<int>(api.ConnectionString, "SELECT id FROM model WHERE slug = 'moskvitch-408'");
        var node = await api.DataAsync($"{{ node(id: \"{Id($"Model\ni{key}")}\") {{ ... on Model {{ name }} }} }}");
        Assert.Equal("Moskvitch 408", node.GetProperty("node").GetProperty("name").GetString());
    }

    [Fact]
    public async Task NodesResolvesMixedTypesInOrderAndNullForUnknownIds()
    {
        var org = await TestPostgres.ScalarAsync<int>(api.ConnectionString, "SELECT id FROM organization WHERE slug = 'opel'");
        var model = await TestPostgres.ScalarAsync<int>(api.ConnectionString, "SELECT id FROM model WHERE slug = 'moskvitch-2141'");
        var data = await api.DataAsync($$"""{ nodes(ids: ["{{Id($"Organization:{org}")}}", "{{Id("Model:999999")}}", "{{Id($"Model:{model}")}}", "{{Id("Secret:1")}}"]) { __typename id } }""");
        var nodes = data.GetProperty("nodes");
        Assert.Equal("Organization", nodes[0].GetProperty("__typename").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal("Model", nodes[2].GetProperty("__typename").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[3].ValueKind);
    }

    [Fact]
    public async Task MoreThanFiftyNodesIsHC0076AndAMalformedIdIsInvalid()
    {
        var ids = string.Join(", ", Enumerable.Range(1, 51).Select(i => $"\"{Id($"Model:{i}")}\""));
        var tooMany = await api.QueryAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}");
        Assert.Equal("HC0076", tooMany.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        foreach (var bad in new[] { "x", "!!!", Id("Model:abc"), Id("Model:' OR 1=1--"), new string('A', 5000) })
        {
            var root = await api.QueryAsync($"{{ node(id: \"{bad}\") {{ id }} }}");
            Assert.Equal("INVALID_ID", root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }
}
