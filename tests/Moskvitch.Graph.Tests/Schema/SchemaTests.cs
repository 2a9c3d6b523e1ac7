using Moskvitch.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Moskvitch.Graph.Tests.Schema;

public sealed class SchemaTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task SchemaChanged()
    {
        var sdl = await api.Client.GetStringAsync("/graphql?sdl");
        Snapshot.Match(sdl);
    }

    [Fact]
    public async Task SchemaFileIsTheSameSdl()
    {
        using var response = await api.Client.GetAsync("/graphql/schema.graphql");
        Assert.Equal("application/graphql", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await api.Client.GetStringAsync("/graphql?sdl"), await response.Content.ReadAsStringAsync());
    }
}
