using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Conventions.Data;
using Moskvitch.Graph.Data;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Api;

/// <summary>
/// What a client can make the service keep is bounded: look-ups and lists selecting ever new sets of fields leave at
/// most <see cref="Projection.MaxCompiledQueries"/> compiled look-ups and at most 256 translated queries in EF Core's
/// cache, and the service still answers every one of them.
/// </summary>
public sealed class MemoryBoundsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] ModelFields =
    [
        "name", "slug", "code", "designation", "brand", "generation", "series", "bodyType", "layout", "yearFrom", "yearTo",
        "plannedStartYear", "inProductionAsOf", "isMoskvitch", "status", "description", "topSpeedKmh", "payloadKg",
        "unitsBuilt", "unitsBuiltQualifier", "unitsExported", "maker { name }", "parentModel { name }",
    ];

    [Fact]
    public async Task LookUpsOfThreeHundredNewSelectionsKeepAtMostTheBoundOfCompiledQueries()
    {
        foreach (var fields in Selections(300, seed: 1))
        {
            var model = (await api.DataAsync($$"""{ model(slug: "moskvitch-412") { id {{fields}} } }""")).GetProperty("model");
            Assert.StartsWith("TW9kZWw6", model.GetProperty("id").GetString(), StringComparison.Ordinal);
        }

        Assert.InRange(Projection.CompiledQueryCount, 1, Projection.MaxCompiledQueries);
        Assert.True(Projection.MaxCompiledQueries < 300);
    }

    [Fact]
    public async Task ListsOfThreeHundredNewSelectionsKeepAtMost256TranslatedQueries()
    {
        foreach (var fields in Selections(300, seed: 2))
        {
            var nodes = (await api.DataAsync($$"""{ models(first: 2) { nodes { id {{fields}} } } }""")).GetProperty("models").GetProperty("nodes");
            Assert.Equal(2, nodes.GetArrayLength());
        }

        await using var db = await api.Factory.Services.GetRequiredService<IDbContextFactory<MoskvitchDbContext>>().CreateDbContextAsync();
        var cache = Assert.IsType<MemoryCache>(db.GetService<IMemoryCache>());
        Assert.InRange(cache.Count, 1, 256);
    }

    /// <summary><paramref name="count"/> different sets of a model's fields.</summary>
    private static List<string> Selections(int count, int seed)
    {
        var random = new Random(seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Count < count)
        {
            seen.Add(string.Join(' ', ModelFields.Where(_ => random.Next(2) == 0)));
        }

        return [.. seen];
    }
}
