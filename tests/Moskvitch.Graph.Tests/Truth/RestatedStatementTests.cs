using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;
using Moskvitch.Graph.Tests.Questions;

namespace Moskvitch.Graph.Tests.Truth;

/// <summary>
/// A value the sources state twice is cited from both sentences, and a sentence found by the coverage walk
/// (<see cref="SourceCoverageTests"/>) is a fact: end years said in other sections, figures said in passing, reference
/// titles that give a date or a rating, and what the sources say did not happen.
/// </summary>
public sealed class RestatedStatementTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task EverySentenceEndingThe400In1956CitesThe1956Claim()
    {
        // seed-long: "with 247,439 units built between 1946 and 1956" / "The first generation of Moskvitch vehicles, produced
        // from 1946 to 1956" / "the postwar Moskvitch 400 series (1946–1956)" / "Production of variants like the 400, 401,
        // and 402 continued until 1956"; against ref-11 and ref-72's 1954.
        var quote = SeedLongQuote(await ClaimAsync("moskvitch-400", "yearTo", "1956"));

        Assert.Contains("with 247,439 units built between 1946 and 1956", quote, StringComparison.Ordinal);
        Assert.Contains("The first generation of Moskvitch vehicles, produced from 1946 to 1956", quote, StringComparison.Ordinal);
        Assert.Contains("the postwar Moskvitch 400 series (1946–1956)", quote, StringComparison.Ordinal);
        Assert.Contains("continued until 1956", quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSeriesRunningThrough1964IsA1964EndForThe407()
    {
        // seed-long: "Production of the 402/403/407 series continued through 1964", beside "totaling 120,903 units over its
        // run from 1958 to 1964"; seed-short's 1962 and seed-long's 1963 stay rival claims.
        var model = (await api.DataAsync("""
            { model(slug: "moskvitch-407") { yearTo disputed disputedAttributes claims { attribute value sources { slug } } } }
            """)).GetProperty("model");
        Answer.AssertDisputed(model, "yearTo", "1962 ← seed-short", "1963 ← seed-long, ref-76", "1964 ← seed-long");

        var quote = SeedLongQuote(await ClaimAsync("moskvitch-407", "yearTo", "1964"));
        Assert.Contains("Production of the 402/403/407 series continued through 1964", quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheThirdGenerationsAround1986EndsThe412NotThe408()
    {
        // seed-long: "The third generation, from 1965 to around 1986, encompassed the Moskvitch 408 and 412 sedans": the
        // generation's end goes to its last-built model; the 408 keeps "produced from 1964 to 1975" and ref-19's 1976.
        var claim = await ClaimAsync("moskvitch-412", "yearTo", "1986");
        Assert.Contains("from 1965 to around 1986", SeedLongQuote(claim), StringComparison.Ordinal);

        var model408 = (await api.DataAsync("""
            { model(slug: "moskvitch-408") { claims(attribute: "yearTo") { value } } }
            """)).GetProperty("model");
        Assert.Equal(["1975", "1976"], model408.Each("claims", "value").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheRevivedBrandHasNoSubstantialExports()
    {
        // seed-long: "The 2022 revival of Moskvitch, utilizing rebadged Chinese JAC designs produced at the former plant,
        // has shown no substantial international exports as of October 2025"
        var facts = (await api.DataAsync("""
            { organization(slug: "moskvich-automobile-plant") { negativeFacts { property kind sources { slug } } } }
            """)).GetProperty("organization").GetProperty("negativeFacts").EnumerateArray();

        var exports = Assert.Single(facts, f => f.GetProperty("property").GetString() == "substantialInternationalExports");
        Assert.Equal("DID_NOT_HAPPEN", exports.Text("kind"));
        Assert.Equal(["seed-long"], exports.Sources());
    }

    [Fact]
    public async Task ChineseBrandsHeldOverHalfTheRussianMarketBy2024AndSovietOutputStayedUnderAMillionAYear()
    {
        // seed-long: "established Chinese entrants dominating Russia's market, which captured over 50% share by 2024" /
        // "total Soviet passenger car production hovered below 1 million annually by the [decade lost]"
        var data = await api.DataAsync("""
            { share: figures(first: 10, where: { place: { slug: { eq: "russia" } }, metric: { eq: MARKET_SHARE } }) { nodes { year value unit qualifier kind sources { slug } } }
              output: figures(first: 10, where: { place: { slug: { eq: "soviet-union" } }, metric: { eq: PRODUCTION } }) { nodes { year value qualifier kind } } }
            """);

        var share = Assert.Single(data.Items("share.nodes"));
        Assert.Equal(2024, share.GetProperty("year").GetInt32());
        Assert.Equal(50m, share.GetProperty("value").GetDecimal());
        Assert.Equal("PERCENT", share.Text("unit"));
        Assert.Equal("OVER", share.Text("qualifier"));
        Assert.Equal("SHARE", share.Text("kind"));
        Assert.Equal(["seed-long"], share.Sources());
        var output = Assert.Single(data.Items("output.nodes"));
        Assert.True(output.IsNull("year"));
        Assert.Equal(1000000m, output.GetProperty("value").GetDecimal());
        Assert.Equal("UNDER", output.Text("qualifier"));
        Assert.Equal("RATE", output.Text("kind"));
    }

    [Fact]
    public async Task ReferenceTitlesThatDateOrRateAFactCiteIt()
    {
        // ref-108: "MOSCOW'S MILLIONTH CAR (1967) ; Issue Date: 1967"; seed-long: "By May 1967, the plant had assembled its
        // millionth vehicle, a Moskvitch-408."; ref-22: "Moskvich 2140 1.5 (75 Hp)"; ref-17: "Curbside Classic: 1974 AZLK
        // Moskvich 412"; ref-47: "Moskvich will launch new model by the end of 2025"
        var data = await api.DataAsync("""
            { millionth: event(slug: "millionth-car-1967") { year citations { quote source { slug } } }
              engine(slug: "moskvitch-2140-1500") { powerHp sources { slug } }
              m412: model(slug: "moskvitch-412") { sources { slug } }
              m70: event(slug: "m70-plan-announced-2025") { year sources { slug } } }
            """);

        var millionth = data.GetProperty("millionth");
        Assert.Equal(1967, millionth.GetProperty("year").GetInt32());
        var citations = millionth.GetProperty("citations").EnumerateArray().ToDictionary(c => c.Text("source.slug")!, c => c.Text("quote")!);
        Assert.StartsWith("MOSCOW'S MILLIONTH CAR (1967)", citations["ref-108"], StringComparison.Ordinal);
        Assert.Contains("By May 1967, the plant had assembled its millionth vehicle", citations["seed-long"], StringComparison.Ordinal);
        Assert.Equal(75m, data.GetProperty("engine").GetProperty("powerHp").GetDecimal());
        Assert.Contains("ref-22", data.GetProperty("engine").Sources());
        Assert.Contains("ref-17", data.GetProperty("m412").Sources());
        Assert.Equal(2025, data.GetProperty("m70").GetProperty("year").GetInt32());
        Assert.Contains("ref-47", data.GetProperty("m70").Sources());
    }

    private async Task<JsonElement> ClaimAsync(string model, string attribute, string value)
    {
        var data = await api.DataAsync("""
            query($slug: String!, $attribute: String) { model(slug: $slug) { claims(attribute: $attribute) { value citations { quote source { slug } } } } }
            """, new { slug = model, attribute });
        return Assert.Single(data.GetProperty("model").GetProperty("claims").EnumerateArray(), c => c.GetProperty("value").GetString() == value);
    }

    private static string SeedLongQuote(JsonElement claim) =>
        Assert.Single(claim.GetProperty("citations").EnumerateArray(), c => c.Text("source.slug") == "seed-long").Text("quote")!;
}
