using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Questions;

/// <summary>Questions answered by looking one thing up: a model, an engine, a figure.</summary>
public sealed class LookupQuestionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The400CameAsACabrioletAWagonAndAWoodie()
    {
        // seed-long: "Variants included convertibles (400-420A, produced 1949-1954), wagons (400-421, 1948-1950), and
        // (400-422, 1948-1956) ... including over 17,000 convertibles" / "delivered 216,000 sedans and 17,000 cabriolets";
        // "Variants included the Moskvitch-420 cabriolet and the -421 , produced in smaller numbers from 1949";
        // ref-69: "Moskvitch 400/422 ("woodie" station"
        var data = await api.DataAsync("""
            { model(slug: "moskvitch-400") { variants(first: 50) { nodes { slug bodyType yearFrom yearTo unitsBuilt parentModel { slug } } } } }
            """);

        var variants = data.Items("model.variants.nodes").OrderBy(v => v.Text("slug"), StringComparer.Ordinal).ToArray();
        Assert.Equal(["moskvitch-400-420a", "moskvitch-400-421", "moskvitch-400-422"], variants.Select(v => v.Text("slug")));
        Assert.All(variants, v => Assert.Equal("moskvitch-400", v.Text("parentModel.slug")));

        Assert.Equal("CABRIOLET", variants[0].Text("bodyType"));
        Assert.Equal(1949, variants[0].GetProperty("yearFrom").GetInt32());
        Assert.Equal(1954, variants[0].GetProperty("yearTo").GetInt32());
        Assert.Equal(17000, variants[0].GetProperty("unitsBuilt").GetInt64());

        Assert.Equal("STATION_WAGON", variants[1].Text("bodyType"));
        Assert.True(variants[1].IsNull("yearFrom")); // 1948 against 1949: see DisputeQuestionTests
        Assert.Equal(1950, variants[1].GetProperty("yearTo").GetInt32());

        Assert.Equal("WOODIE", variants[2].Text("bodyType"));
        Assert.Equal(1948, variants[2].GetProperty("yearFrom").GetInt32());
        Assert.Equal(1956, variants[2].GetProperty("yearTo").GetInt32());
    }

    [Fact]
    public async Task The408Had50HpAFourSpeedManualAndDid130KmH()
    {
        // seed-long: "the Moskvitch-408 ... featuring a unibody construction, 1,078 cc engine with 50 horsepower, and
        // four-speed manual transmission, aimed at family use with enhanced comfort and a top speed of 130 km/h"
        var data = await api.DataAsync("""
            { model(slug: "moskvitch-408") { topSpeedKmh engines(first: 50) { nodes { transmission engine { slug powerHp displacementCc disputed } } } } }
            """);

        Assert.Equal(130, data.At("model.topSpeedKmh").GetInt32());
        var fitted = Assert.Single(data.Items("model.engines.nodes"));
        Assert.Equal("four-speed manual", fitted.Text("transmission"));
        Assert.Equal("moskvitch-408-engine", fitted.Text("engine.slug"));
        Assert.Equal(50m, fitted.At("engine.powerHp").GetDecimal());
        Assert.True(fitted.IsNull("engine.displacementCc")); // 1,078 cc / 1.4 l / 1.3 l
        Assert.True(fitted.At("engine.disputed").GetBoolean());
    }

    [Fact]
    public async Task TheKim10WasA1940To1941CarWithA26HpEngineAndAFordPrefectLook()
    {
        // seed-long: "the KIM-10 ... drawing directly from the 1939 British for its , body styling, and mechanical layout,
        // including a 1.2-liter inline-four rated at 26 horsepower. Prototypes emerged in April 1940 ... By June 1941 ...
        // a top speed of 85 km/h and of 8-10 liters per 100 km"; ref-5: "inspired by the British Ford Prefect"; ref-7 (title):
        // "Moskvich: a Soviet trendsetter, inspired by Ford and Opel"
        var data = await api.DataAsync("""
            { model(slug: "kim-10") { yearFrom yearTo topSpeedKmh fuelConsumptionMinL100km fuelConsumptionMaxL100km maker { slug }
                engines(first: 50) { nodes { engine { displacementCc powerHp cylinders } } }
                influences(first: 50) { nodes { kind sourceModel { slug yearFrom maker { slug } } sources { slug } } } } }
            """);

        var kim10 = data.GetProperty("model");
        Assert.Equal(1940, kim10.GetProperty("yearFrom").GetInt32());
        Assert.Equal(1941, kim10.GetProperty("yearTo").GetInt32());
        Assert.Equal(85, kim10.GetProperty("topSpeedKmh").GetInt32());
        Assert.Equal(8m, kim10.GetProperty("fuelConsumptionMinL100km").GetDecimal());
        Assert.Equal(10m, kim10.GetProperty("fuelConsumptionMaxL100km").GetDecimal());
        Assert.Equal("kim", kim10.Text("maker.slug"));
        var engine = Assert.Single(kim10.Items("engines.nodes")).GetProperty("engine");
        Assert.Equal(1200, engine.GetProperty("displacementCc").GetInt32());
        Assert.Equal(26m, engine.GetProperty("powerHp").GetDecimal());
        Assert.Equal(4, engine.GetProperty("cylinders").GetInt32());
        var influence = Assert.Single(kim10.Items("influences.nodes"));
        Assert.Equal("INSPIRATION", influence.Text("kind"));
        Assert.Equal("ford-prefect-1939", influence.Text("sourceModel.slug"));
        Assert.Equal(1939, influence.At("sourceModel.yearFrom").GetInt32());
        Assert.Equal("ford", influence.Text("sourceModel.maker.slug"));
        Assert.Equal(["ref-5", "ref-7", "seed-long"], influence.Sources());
    }

    [Fact]
    public async Task The412RanTheUzam412A75HpCloneOfTheBmw1500Engine()
    {
        // seed-long: "a new 1.5-liter inline-four engine (UZAM-412) producing 75 horsepower" / "incorporated a cloned
        // 1500-series engine producing 75 horsepower"; ref-68: "Moskvich-412 is generally based on BMW 1500. The engine is
        // an outright clone."
        var data = await api.DataAsync("""
            { engine(slug: "uzam-412") { designation displacementCc powerHp models(first: 50) { nodes { model { slug } yearFrom } } }
              model(slug: "moskvitch-412") { influences(first: 50) { nodes { aspect kind sourceModel { slug maker { slug } } citations { quote source { slug } } } } } }
            """);

        var engine = data.GetProperty("engine");
        Assert.Equal("UZAM-412", engine.Text("designation"));
        Assert.Equal(1500, engine.GetProperty("displacementCc").GetInt32());
        Assert.Equal(75m, engine.GetProperty("powerHp").GetDecimal());
        var fitted = Assert.Single(engine.Items("models.nodes"));
        Assert.Equal("moskvitch-412", fitted.Text("model.slug"));
        Assert.Equal(1967, fitted.GetProperty("yearFrom").GetInt32());

        var clone = data.One("model.influences.nodes", "aspect", "ENGINE");
        Assert.Equal("CLONE", clone.Text("kind"));
        Assert.Equal("bmw-1500", clone.Text("sourceModel.slug"));
        Assert.Equal("bmw", clone.Text("sourceModel.maker.slug"));
        var ref68 = clone.One("citations", "source.slug", "ref-68");
        Assert.Contains("The engine is an outright clone.", ref68.Text("quote"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMoskvich3HasA150HpTurbocharged15LitrePetrolEngine()
    {
        // seed-long: "The features a 1.5-liter turbocharged producing approximately 150 horsepower" / "a rebadged featuring
        // a 1.5-liter turbocharged (150 ) or electric powertrain options" / "assembled in since November 23, 2022"
        var data = await api.DataAsync("""
            { model(slug: "moskvich-3") { yearFrom bodyType engines(first: 50) { nodes { engine { displacementCc aspiration fuel powerHp } } } } }
            """);

        var model = data.GetProperty("model");
        Assert.Equal(2022, model.GetProperty("yearFrom").GetInt32());
        Assert.Equal("CROSSOVER", model.Text("bodyType"));
        var engine = Assert.Single(model.Items("engines.nodes")).GetProperty("engine");
        Assert.Equal(1500, engine.GetProperty("displacementCc").GetInt32());
        Assert.Equal("TURBOCHARGED", engine.Text("aspiration"));
        Assert.Equal("PETROL", engine.Text("fuel"));
        Assert.Equal(150m, engine.GetProperty("powerHp").GetDecimal());
    }

    [Fact]
    public async Task ScaldiaFittedA16LitreDieselOf42To50Hp()
    {
        // seed-long: "Models such as the 402, 407, and 412 were built from Soviet kits, often retrofitted with 1.6-liter
        // diesel engines (producing around 42-50 hp)"
        var data = await api.DataAsync("""
            { engine(slug: "scaldia-diesel-1600") { displacementCc fuel powerHp powerHpMax models(first: 50) { nodes { model { slug } } } sources { slug } } }
            """);

        var engine = data.GetProperty("engine");
        Assert.Equal(1600, engine.GetProperty("displacementCc").GetInt32());
        Assert.Equal("DIESEL", engine.Text("fuel"));
        Assert.Equal(42m, engine.GetProperty("powerHp").GetDecimal());
        Assert.Equal(50m, engine.GetProperty("powerHpMax").GetDecimal());
        Assert.Equal(["moskvitch-402", "moskvitch-407", "moskvitch-412"],
            engine.Each("models.nodes", "model.slug").Order(StringComparer.Ordinal));
        Assert.Equal(["seed-long"], engine.Sources());
    }

    [Fact]
    public async Task The402And407ProductionRunsAreThoseOfTheShortSeed()
    {
        // seed-short: "Production of the 402 started in 1956 in Moscow and two years later 94,080 units were assembled. In
        // 1958 the 407 hit the assembly lines to reach a production run of 359,980 copies."
        var data = await api.DataAsync("""
            { m402: model(slug: "moskvitch-402") { yearFrom unitsBuilt layout }
              m407: model(slug: "moskvitch-407") { yearFrom unitsBuilt topSpeedKmh } }
            """);

        Assert.Equal(1956, data.At("m402.yearFrom").GetInt32());
        Assert.Equal(94080, data.At("m402.unitsBuilt").GetInt64());
        Assert.Equal("FRONT_ENGINE_REAR_DRIVE", data.Text("m402.layout")); // "a classic front-engine, rear-wheel-drive layout"
        Assert.Equal(1958, data.At("m407.yearFrom").GetInt32());
        Assert.Equal(359980, data.At("m407.unitsBuilt").GetInt64());
        Assert.Equal(115, data.At("m407.topSpeedKmh").GetInt32()); // seed-long: "a top speed of 115 km/h"
    }

    [Fact]
    public async Task The400WasBuilt1501And4808And19906In1947To1949()
    {
        // seed-long: "with 1,501 units built in 1947, rising to 4,808 in 1948 and 19,906 in 1949";
        // ref-14: "1,501 were built the first year, with 4,808 for 1948 and 19,906 in 1949"
        var data = await api.DataAsync("""
            { figures(where: { model: { slug: { eq: "moskvitch-400" } }, metric: { eq: PRODUCTION }, period: { eq: null } },
                      order: [{ year: ASC }], first: 50) { nodes { year value unit qualifier sources { slug } } } }
            """);

        var figures = data.Items("figures.nodes");
        Assert.Equal([1947, 1948, 1949], figures.Select(f => f.GetProperty("year").GetInt32()));
        Assert.Equal([1501m, 4808m, 19906m], figures.Select(f => f.GetProperty("value").GetDecimal()));
        Assert.All(figures, f =>
        {
            Assert.Equal("UNITS", f.Text("unit"));
            Assert.True(f.IsNull("qualifier"));
            Assert.Equal(["ref-14", "seed-long"], f.Sources());
        });
    }

    [Fact]
    public async Task The2023AccountsShowRevenue592BnNetLoss86BnCostOfSales575Bn()
    {
        // seed-long: "generating 59.2 billion rubles in revenue but a net loss of 8.6 billion rubles" / "high costs of
        // sales at 57.5 billion rubles in 2023"; ref-49: "Revenues increased 38.9% to 59.2 billion rubles, as did cost of
        // sales, by 59.2%, to 57.5 billion rubles"
        var data = await api.DataAsync("""
            { figures(where: { organization: { slug: { eq: "moskvich-automobile-plant" } }, year: { eq: 2023 },
                               metric: { in: [REVENUE, NET_LOSS, COST_OF_SALES] } }, first: 50) { nodes { metric value unit qualifier } } }
            """);

        var figures = data.Items("figures.nodes").ToDictionary(f => f.Text("metric")!);
        Assert.Equal(["COST_OF_SALES", "NET_LOSS", "REVENUE"], figures.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(59_200_000_000m, figures["REVENUE"].GetProperty("value").GetDecimal());
        Assert.Equal(8_600_000_000m, figures["NET_LOSS"].GetProperty("value").GetDecimal());
        Assert.Equal(57_500_000_000m, figures["COST_OF_SALES"].GetProperty("value").GetDecimal());
        Assert.All(figures.Values, f => Assert.Equal("RUB", f.Text("unit")));
        Assert.All(figures.Values, f => Assert.True(f.IsNull("qualifier")));
    }

    [Theory]
    [InlineData(2024, null, null, 23000, "OVER")] // seed-long: "In 2024, sales exceeded 23,000 units"
    [InlineData(2024, null, "moskvich-6", 2400, null)] // "including 2,400 Moskvich 6 sedans"
    [InlineData(2024, null, "moskvich-3e", 1300, null)] // "and 1,300 Moskvich 3e electrics"
    [InlineData(2024, "April", null, 2200, null)] // "with monthly figures reaching 2,200 in April"
    [InlineData(2025, "H1", null, 7400, null)] // "Through the first half of 2025, cumulative sales totaled 7,400 units"
    [InlineData(2025, "June", null, 1100, null)] // "with June alone at 1,100"
    public async Task MoskvichSalesIn2024And2025AreTheFiguresTheLongSeedGives(int year, string? period, string? model, int units, string? qualifier)
    {
        var data = await api.DataAsync("""
            query($year: Int!) { figures(where: { metric: { eq: SALES }, year: { eq: $year } }, first: 50) { nodes {
                period value unit qualifier model { slug } organization { slug } } } }
            """, new { year });

        var figure = Assert.Single(data.Items("figures.nodes"), f =>
            f.Text("period") == period && (model is null ? f.IsNull("model") : !f.IsNull("model") && f.Text("model.slug") == model)
            && (model is not null || (!f.IsNull("organization") && f.Text("organization.slug") == "moskvich-automobile-plant")));
        Assert.Equal(units, figure.GetProperty("value").GetDecimal());
        Assert.Equal("UNITS", figure.Text("unit"));
        Assert.Equal(qualifier, figure.Text("qualifier"));
    }

    [Fact]
    public async Task ImportedContentWasUpTo70PercentIn2023()
    {
        // seed-long: "with ongoing processes involving up to 70% imported content as of 2023" — the only source; its
        // "up to" belongs in the qualifier (db/README.md: "up to" goes to `qualifier`).
        var data = await api.DataAsync("""
            { figures(where: { metric: { eq: IMPORT_CONTENT } }, first: 50) { nodes { year value unit qualifier organization { slug } sources { slug } } } }
            """);

        var figure = Assert.Single(data.Items("figures.nodes"));
        Assert.Equal(2023, figure.GetProperty("year").GetInt32());
        Assert.Equal(70m, figure.GetProperty("value").GetDecimal());
        Assert.Equal("PERCENT", figure.Text("unit"));
        Assert.Equal("moskvich-automobile-plant", figure.Text("organization.slug"));
        Assert.Equal(["seed-long"], figure.Sources());
        Assert.Equal("UP_TO", figure.Text("qualifier"));
    }
}
