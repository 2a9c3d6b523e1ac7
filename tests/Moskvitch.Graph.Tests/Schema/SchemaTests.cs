using System.Runtime.CompilerServices;
using Moskvitch.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Moskvitch.Graph.Tests.Schema;

public sealed class SchemaTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task TheSdlMatchesTheApprovedSnapshot()
    {
        // Without its snapshot file Snapshot.Match writes one and passes: the approved SDL must be there to compare with.
        var approved = Path.Combine(SourceDirectory(), "__snapshots__", $"{nameof(SchemaTests)}.{nameof(TheSdlMatchesTheApprovedSnapshot)}.snap");
        Assert.True(File.Exists(approved), $"{approved} is missing");

        var sdl = await api.Client.GetStringAsync("/graphql?sdl");
        Assert.Contains("type Query", sdl, StringComparison.Ordinal);
        Snapshot.Match(sdl);
    }

    [Fact]
    public async Task SchemaFileIsTheSameSdl()
    {
        using var response = await api.Client.GetAsync("/graphql/schema.graphql");
        Assert.Equal("application/graphql", response.Content.Headers.ContentType?.MediaType);
        var sdl = await api.Client.GetStringAsync("/graphql?sdl");
        Assert.Contains("type Query", sdl, StringComparison.Ordinal);
        Assert.Equal(sdl, await response.Content.ReadAsStringAsync());
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
