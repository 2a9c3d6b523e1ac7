using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Questions;

/// <summary>Questions one hop away: who built, assembled, succeeded, exported or copied what.</summary>
public sealed class RelationQuestionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task IzhBuiltOnlyThe412UnderLicenceUntil2001()
    {
        // seed-long: "The 412 was produced in parallel with the 408 at the Moscow plant and licensed to the IZh factory in
        // Izhevsk"; ref-20: "The Moskvich-412 was produced from 1967-1997 (Moscow) and 2001 (Izhevsk)"
        var data = await api.DataAsync("""
            { organization(slug: "izh") { name place { name } modelsBuilt(first: 50) { nodes { model { slug } role yearTo sources { slug } } } } }
            """);

        var izh = data.GetProperty("organization");
        Assert.Equal("Izhevsk", izh.Text("place.name"));
        var built = Assert.Single(izh.Items("modelsBuilt.nodes"));
        Assert.Equal("moskvitch-412", built.Text("model.slug"));
        Assert.Equal("LICENSED", built.Text("role"));
        Assert.Equal(2001, built.GetProperty("yearTo").GetInt32());
        Assert.Equal(["ref-17", "ref-20", "seed-long"], built.Sources());
    }

    [Fact]
    public async Task BalkancarAssembledThe408And412InLovechFromCkdKitsAsRila()
    {
        // seed-long: "In Bulgaria, Moskvitch 408, 412, and related models were assembled under license by Balkancar in Lovech
        // during the 1960s and 1970s, utilizing Soviet-supplied complete knock-down kits and marketed locally under the Rila brand."
        var data = await api.DataAsync("""
            { assemblies(where: { licensee: { slug: { eq: "balkancar" } }, place: { slug: { eq: "lovech" } } }, first: 50) {
                nodes { model { slug } kit localBrand country period } } }
            """);

        var rows = data.Items("assemblies.nodes");
        Assert.Equal(["moskvitch-408", "moskvitch-412"], rows.Select(a => a.Text("model.slug")).Order(StringComparer.Ordinal));
        Assert.All(rows, a =>
        {
            Assert.Equal("CKD", a.Text("kit"));
            Assert.Equal("Rila", a.Text("localBrand"));
            Assert.Equal("Bulgaria", a.Text("country"));
            Assert.Equal("1960s and 1970s", a.Text("period"));
        });
    }

    [Fact]
    public async Task ScaldiaVolvoAssembledThe402And407And412InSeneffeAsScaldia()
    {
        // seed-long: "CKD assembly of Moskvitch models by importer Scaldia-Volvo SA (formerly Sobimpex) in Seneffe ... Models
        // such as the 402, 407, and 412 were built from Soviet kits ... and sold as Scaldia-badged variants"
        var data = await api.DataAsync("""
            { organization(slug: "scaldia-volvo") { name assemblies(first: 50) { nodes { model { slug } kit localBrand place { name } } } } }
            """);

        Assert.Equal("Scaldia-Volvo SA", data.Text("organization.name"));
        var rows = data.Items("organization.assemblies.nodes");
        Assert.Equal(["moskvitch-402", "moskvitch-407", "moskvitch-412"], rows.Select(a => a.Text("model.slug")).Order(StringComparer.Ordinal));
        Assert.All(rows, a =>
        {
            Assert.Equal("CKD", a.Text("kit"));
            Assert.Equal("Scaldia", a.Text("localBrand"));
            Assert.Equal("Seneffe", a.Text("place.name"));
        });
    }

    [Fact]
    public async Task TheSuccessionsAreThoseTheSourcesState()
    {
        // seed-long: "In 1954, the updated Moskvitch-401" (400 → 401); seed-short: "It’s the successor of the 401 series"
        // (401 → 402) and "In 1962 it was replaced by the 403" (407 → 403); seed-long: "The 2140 series succeeded the 412 in
        // 1976"; ref-23: "The Moskvitch 2141 was a successor to the 412"; seed-long: the KIM-10 "Preceding the Moskvich brand"
        // and the 400 "adapting prewar KIM designs", the generations (400/401 → 407 → "The next major generation, the Moskvitch-408")
        var data = await api.DataAsync("{ successions(first: 50) { nodes { predecessor { slug } successor { slug } } } }");

        var pairs = data.Items("successions.nodes").Select(s => $"{s.Text("predecessor.slug")} -> {s.Text("successor.slug")}");
        Assert.Equal(
            [
                "kim-10 -> moskvitch-400",
                "moskvitch-400 -> moskvitch-401",
                "moskvitch-401 -> moskvitch-402",
                "moskvitch-401 -> moskvitch-407",
                "moskvitch-407 -> moskvitch-403",
                "moskvitch-407 -> moskvitch-408",
                "moskvitch-412 -> moskvitch-2140",
                "moskvitch-412 -> moskvitch-2141",
            ],
            pairs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The402SeriesExported18019AndThe408WentWestAsTheMoskvitchElite()
    {
        // seed-short: "During its lifecycle, the model was exported to several Western countries, including Norway ... A total
        // of 18,019 units were exported."; seed-long: "with the 408 model marketed as the "Moskvitch Elite" in";
        // ref-77: "The car exported to Western Countries was called the Moskvitch Elite"
        var data = await api.DataAsync("""
            { m402: model(slug: "moskvitch-402") { exports(first: 50) { nodes { destination units sources { slug } } } }
              m408: model(slug: "moskvitch-408") { aliases exports(first: 50) { nodes { destination marketName sources { slug } } } } }
            """);

        var total = data.One("m402.exports.nodes", "destination", "all export markets");
        Assert.Equal(18019, total.GetProperty("units").GetInt64());
        Assert.Equal(["seed-short"], total.Sources());
        Assert.Contains("Norway", data.Each("m402.exports.nodes", "destination"));

        var elite = Assert.Single(data.Items("m408.exports.nodes"), e => e.Text("marketName") is not null);
        Assert.Equal("Moskvitch Elite", elite.Text("marketName"));
        Assert.Equal("Western countries", elite.Text("destination"));
        Assert.Equal(["ref-77", "seed-long"], elite.Sources());
        Assert.Equal(["Moskvitch Elite"], data.Strings("m408.aliases"));
    }

    [Fact]
    public async Task TwentyFivePetrolAndTwentyFiveElectricTaxisWereProposedForCubaIn2025()
    {
        // seed-long: "A proposed shipment of 50 units—25 gasoline models and 25 electric Moskvitch 3e—as taxis to in 2025";
        // ref-80: "50 vehicles, 25 of which are the Moskvitch 3 fuel-powered models and another 25 Moskvitch 3e"
        var data = await api.DataAsync("""
            { exports(where: { status: { eq: PROPOSED } }, first: 50) { nodes { model { slug } destinationPlace { slug } units yearFrom yearTo sources { slug } } } }
            """);

        var rows = data.Items("exports.nodes");
        Assert.Equal(["moskvich-3", "moskvich-3e"], rows.Select(e => e.Text("model.slug")).Order(StringComparer.Ordinal));
        Assert.All(rows, e =>
        {
            Assert.Equal("cuba", e.Text("destinationPlace.slug"));
            Assert.Equal(25, e.GetProperty("units").GetInt64());
            Assert.Equal(2025, e.GetProperty("yearFrom").GetInt32());
            Assert.Equal(2025, e.GetProperty("yearTo").GetInt32());
            Assert.Equal(["ref-80", "seed-long"], e.Sources());
        });
    }

    [Fact]
    public async Task The400IsACapturedToolingCopyOfTheOpelKadettK38()
    {
        // seed-long: "the debut of the Moskvitch 400 sedan in December 1946, a near-direct copy of the 1938-1940 Opel Kadett
        // K38" / "utilizing captured German tooling ... achieving approximately 97% parts commonality with the original"
        var data = await api.DataAsync("""
            { model(slug: "moskvitch-400") { maker { shortName } influences(first: 50) { nodes { aspect kind partsCommonalityPercent
                sourceModel { slug name yearFrom yearTo maker { name } } } } } }
            """);

        Assert.Equal("MZMA", data.Text("model.maker.shortName"));
        var copy = data.One("model.influences.nodes", "kind", "CAPTURED_TOOLING_COPY");
        Assert.Equal("opel-kadett-k38", copy.Text("sourceModel.slug"));
        Assert.Equal("Opel Kadett K38", copy.Text("sourceModel.name"));
        Assert.Equal(1938, copy.At("sourceModel.yearFrom").GetInt32());
        Assert.Equal(1940, copy.At("sourceModel.yearTo").GetInt32());
        Assert.Equal("Opel", copy.Text("sourceModel.maker.name"));
        Assert.Equal(97m, copy.GetProperty("partsCommonalityPercent").GetDecimal());
    }
}
