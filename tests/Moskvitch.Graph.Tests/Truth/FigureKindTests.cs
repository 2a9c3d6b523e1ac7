using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Truth;

/// <summary>
/// Every figure carries its kind (annual, cumulative, a period, a rate, a share, a change, a level); aggregates never
/// add kinds that cannot be added, and a figure about a whole series belongs to the series.
/// </summary>
public sealed class FigureKindTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The400sCumulativeTotalBy1947IsNotAddedToItsAnnualOutput()
    {
        var data = await api.DataAsync("""
            {
              figures(first: 50, where: { model: { slug: { eq: "moskvitch-400" } }, metric: { eq: PRODUCTION } }) { nodes { kind year value period } }
              figureAggregates(where: { model: { slug: { eq: "moskvitch-400" } }, metric: { eq: PRODUCTION } }) { kind unit count value { sum } }
            }
            """);
        var figures = data.GetProperty("figures").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(figures, f => f.GetProperty("kind").GetString() == "CUMULATIVE" && f.GetProperty("value").GetDecimal() == 26000m);
        var annual = figures.Where(f => f.GetProperty("kind").GetString() == "ANNUAL").ToList();
        Assert.True(annual.Count >= 3, $"{annual.Count} annual figures");
        Assert.Equal(annual.Count, annual.Select(f => f.GetProperty("year").GetInt32()).Distinct().Count());

        var groups = data.GetProperty("figureAggregates").EnumerateArray().ToDictionary(g => g.GetProperty("kind").GetString()!);
        Assert.Equal(annual.Sum(f => f.GetProperty("value").GetDecimal()), groups["ANNUAL"].GetProperty("value").GetProperty("sum").GetDecimal());
        Assert.Equal(annual.Count, groups["ANNUAL"].GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, groups["CUMULATIVE"].GetProperty("value").GetProperty("sum").ValueKind);
        Assert.Equal(figures.Count, groups.Values.Sum(g => g.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task OnlyAnnualGroupsHaveASum()
    {
        var groups = (await api.DataAsync("{ figureAggregates(groupBy: METRIC) { key kind count value { count sum } } }"))
            .GetProperty("figureAggregates").EnumerateArray().ToList();
        Assert.Contains(groups, g => g.GetProperty("kind").GetString() == "ANNUAL" && g.GetProperty("value").GetProperty("sum").ValueKind == JsonValueKind.Number);
        Assert.Contains(groups, g => g.GetProperty("kind").GetString() == "SHARE");
        Assert.All(groups.Where(g => g.GetProperty("kind").GetString() != "ANNUAL"),
            g => Assert.Equal(JsonValueKind.Null, g.GetProperty("value").GetProperty("sum").ValueKind));
    }

    [Fact]
    public async Task TheSeriesLifetimeOutputBelongsToThe402403407SeriesNotToThe402()
    {
        var data = await api.DataAsync("""
            {
              series: figures(first: 10, where: { series: { eq: "402/403/407" } }) { nodes { kind value model { slug } sources { slug } } }
              model(slug: "moskvitch-402") { figures(first: 50) { nodes { value period } } }
            }
            """);
        var figure = Assert.Single(data.GetProperty("series").GetProperty("nodes").EnumerateArray());
        Assert.Equal("CUMULATIVE", figure.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("model").ValueKind);
        Assert.Contains(figure.GetProperty("sources").EnumerateArray(), s => s.GetProperty("slug").GetString() == "seed-short");
        Assert.DoesNotContain(data.GetProperty("model").GetProperty("figures").GetProperty("nodes").EnumerateArray(),
            f => f.GetProperty("period").GetString() == "series lifetime");
    }
}
