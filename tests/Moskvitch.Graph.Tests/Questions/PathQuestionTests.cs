using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Questions;

/// <summary>Questions that follow several links: model → influence → maker → country, plant → operator → shareholders, lineage, search.</summary>
public sealed class PathQuestionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The2141BorrowedFromTheSimca1308WhoseMakerOnlyTheDesignCardNames()
    {
        // seed-long: "The Moskvich 2141 ... borrowed elements from the 1308 (also known as 1308), including mounting and" — the
        // maker's name is lost there; the design card lists "design influences (Opel, Ford, Simca)". No source gives Simca's country.
        var data = await api.DataAsync("""
            { model(slug: "moskvitch-2141") { influences(first: 50) { nodes { aspect kind sources { slug }
                sourceModel { slug maker { slug name country sources { slug } } } } } } }
            """);

        var simca1308 = data.One("model.influences.nodes", "sourceModel.slug", "simca-1308");
        Assert.Equal("DESIGN", simca1308.Text("aspect"));
        Assert.Equal("INSPIRATION", simca1308.Text("kind"));
        Assert.Equal(["design-card", "seed-long"], simca1308.Sources());
        var maker = simca1308.At("sourceModel.maker");
        Assert.Equal("simca", maker.Text("slug"));
        Assert.Equal(["design-card"], maker.Sources());
        Assert.True(maker.IsNull("country"));
    }

    [Fact]
    public async Task The2141FrontSuspensionCameFromTheRenault9OfFrenchRenault()
    {
        // seed-long: "independent front suspension inspired by Western designs like the Renault 9";
        // ref-35: "French car maker Renault SA"
        var data = await api.DataAsync("""
            { model(slug: "moskvitch-2141") { influences(first: 50) { nodes { aspect kind sourceModel { slug maker { slug country } } } } } }
            """);

        var renault9 = data.One("model.influences.nodes", "sourceModel.slug", "renault-9");
        Assert.Equal("SUSPENSION", renault9.Text("aspect"));
        Assert.Equal("INSPIRATION", renault9.Text("kind"));
        Assert.Equal("renault", renault9.Text("sourceModel.maker.slug"));
        Assert.Equal("France", renault9.Text("sourceModel.maker.country"));
    }

    [Fact]
    public async Task TheMoskvich3IsARebadgedJacJs4FromChina()
    {
        // seed-long: "rebranding Chinese JAC JS4 as the Moskvich 3" / "the vehicle based on the JAC Sehol JS4 platform";
        // ref-103: "the new Moskvitch 3 appears to be an identical copy of the Sehol X4 compact crossover made by China's JAC";
        // ref-42 (title): "Soviet-Era Moskvich Returns With A Rebadged Chinese Crossover"
        var data = await api.DataAsync("""
            { model(slug: "moskvich-3") { influences(first: 50) { nodes { kind sourceModel { slug aliases maker { slug country } } sources { slug } } } } }
            """);

        var rebadge = Assert.Single(data.Items("model.influences.nodes"));
        Assert.Equal("REBADGE", rebadge.Text("kind"));
        Assert.Equal("jac-js4", rebadge.Text("sourceModel.slug"));
        Assert.Contains("Sehol X4", rebadge.Strings("sourceModel.aliases"));
        Assert.Equal("jac", rebadge.Text("sourceModel.maker.slug"));
        Assert.Equal("China", rebadge.Text("sourceModel.maker.country"));
        Assert.Equal(["ref-103", "ref-42", "ref-61", "seed-long"], rebadge.Sources());
    }

    [Fact]
    public async Task In2010AvtoframosRanThePlantOwned62PercentByRenaultAnd38ByMoscow()
    {
        // seed-long: "OAO Avtoframos, a established in 1998 between the City of (holding 38% stake) and SA (62% stake).
        // Avtoframos ... relocated and expanded operations to the Moskvitch grounds in 2004" / "By 2012, had acquired full
        // ownership of Avtoframos" / "The era ended abruptly in May 2022"
        var data = await api.DataAsync("""
            { ownerships(activeIn: 2010, first: 50) {
                nodes { owner { slug } owned { slug } role stakePercent fromYear toYear } } }
            """);

        var rows = data.Items("ownerships.nodes").ToDictionary(o => $"{o.Text("owner.slug")} {o.Text("role")} {o.Text("owned.slug")}");
        Assert.Equal(
            ["avtoframos OPERATOR moscow-plant", "city-of-moscow SHAREHOLDER avtoframos", "renault SHAREHOLDER avtoframos"],
            rows.Keys.Order(StringComparer.Ordinal));

        var operatorRow = rows["avtoframos OPERATOR moscow-plant"];
        Assert.Equal(2004, operatorRow.GetProperty("fromYear").GetInt32());
        Assert.Equal(2022, operatorRow.GetProperty("toYear").GetInt32());
        var renault = rows["renault SHAREHOLDER avtoframos"];
        Assert.Equal(62m, renault.GetProperty("stakePercent").GetDecimal());
        Assert.Equal(1998, renault.GetProperty("fromYear").GetInt32());
        Assert.Equal(2012, renault.GetProperty("toYear").GetInt32());
        var city = rows["city-of-moscow SHAREHOLDER avtoframos"];
        Assert.Equal(38m, city.GetProperty("stakePercent").GetDecimal());
        Assert.Equal(1998, city.GetProperty("fromYear").GetInt32());
        Assert.Equal(2012, city.GetProperty("toYear").GetInt32());
    }

    [Fact]
    public async Task SinceTheOneRoubleSaleMoscowOwnsTheCompanyThatRunsThePlant()
    {
        // seed-long: "On May 16, , the city government acquired 's plant ... for a nominal sum of 1"; ref-36: "sell 100% of
        // Renault Group's shares in Renault Russia to Moscow City"; ref-3: "now renamed the Moscow Automobile Factory Moskvich"
        var data = await api.DataAsync("""
            { organization(slug: "moscow-plant") { owners(activeIn: 2023, first: 50) { nodes { owner { slug name
                owners(activeIn: 2023, first: 10) { nodes { owner { slug } role stakePercent fromDate beganHow priceRub } } } role fromYear } } } }
            """);

        var operatorRow = Assert.Single(data.Items("organization.owners.nodes"));
        Assert.Equal("OPERATOR", operatorRow.Text("role"));
        Assert.Equal(2022, operatorRow.GetProperty("fromYear").GetInt32());
        Assert.Equal("moskvich-automobile-plant", operatorRow.Text("owner.slug"));
        Assert.Equal("Moscow Automobile Factory Moskvich", operatorRow.Text("owner.name"));

        var city = operatorRow.One("owner.owners.nodes", "role", "OWNER");
        Assert.Equal("city-of-moscow", city.Text("owner.slug"));
        Assert.Equal(100m, city.GetProperty("stakePercent").GetDecimal());
        Assert.Equal("2022-05-16", city.Text("fromDate"));
        Assert.Equal("SALE_FOR_ONE_ROUBLE", city.Text("beganHow"));
        Assert.Equal(1m, city.GetProperty("priceRub").GetDecimal());
    }

    [Fact]
    public async Task The2141DescendsFromTheSimcaRenault412AndThroughThe412FromOpelBmwAnd408()
    {
        // Depth 1 — seed-long: "borrowed elements from the 1308", "inspired by Western designs like the Renault 9"; ref-23:
        // "a successor to the 412". Depth 2 — seed-long: "the 412 variant in 1967, which retained the Opel's influence in
        // layout" / "a cloned 1500-series engine" (ref-68: "based on BMW 1500") / "the Moskvitch-412 as an upgraded variant of the 408".
        var data = await api.DataAsync("""
            { lineage(slug: "moskvitch-2141", direction: UPSTREAM, depth: 2) { root { slug } nodes { depth model { slug } }
                links { depth kind from { slug } to { slug } } } }
            """);

        var lineage = data.GetProperty("lineage");
        Assert.Equal("moskvitch-2141", lineage.Text("root.slug"));
        var nodes = lineage.Items("nodes").Select(n => $"{n.GetProperty("depth").GetInt32()} {n.Text("model.slug")}");
        Assert.Equal(
            ["0 moskvitch-2141", "1 moskvitch-412", "1 renault-9", "1 simca-1308", "2 bmw-1500", "2 moskvitch-408", "2 opel-1962"],
            nodes.Order(StringComparer.Ordinal));
        var links = lineage.Items("links").Select(l => $"{l.Text("from.slug")} -{l.Text("kind")}-> {l.Text("to.slug")}");
        Assert.Equal(
            [
                "bmw-1500 -INFLUENCE-> moskvitch-412",
                "moskvitch-408 -VARIANT-> moskvitch-412",
                "moskvitch-412 -SUCCESSION-> moskvitch-2141",
                "opel-1962 -INFLUENCE-> moskvitch-412",
                "renault-9 -INFLUENCE-> moskvitch-2141",
                "simca-1308 -INFLUENCE-> moskvitch-2141",
            ],
            links.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FollowingOnlySuccessionsThe400LeadsTo401ThenTo402And407ThenTo403And408()
    {
        // seed-long: "In 1954, the updated Moskvitch-401"; seed-short: the 402/403/407 series is "the successor of the 401 series";
        // seed-long: the second generation "introduced the Moskvitch 407 as the core model", "The next major generation, the
        // Moskvitch-408"; seed-short: the 407 "was replaced by the 403"
        var data = await api.DataAsync("""
            { lineage(slug: "moskvitch-400", direction: DOWNSTREAM, depth: 5, kinds: [SUCCESSION]) { nodes { depth model { slug } } } }
            """);

        var nodes = data.Items("lineage.nodes").Select(n => $"{n.GetProperty("depth").GetInt32()} {n.Text("model.slug")}");
        Assert.Equal(["0 moskvitch-400", "1 moskvitch-401", "2 moskvitch-402", "2 moskvitch-407", "3 moskvitch-403", "3 moskvitch-408"], nodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchingOpelKadettFindsTheK38FirstAndStalinsChoice()
    {
        // seed-long: "in June 1945, Joseph Stalin selected the pre-war Opel Kadett design" / "a near-direct copy of the
        // 1938-1940 Opel Kadett K38"
        var data = await api.DataAsync("""
            { search(text: "opel kadett", first: 5) { rank node { __typename
                ... on Model { slug } ... on Event { slug } ... on Organization { slug } ... on Source { slug } } } }
            """);

        var hits = data.Items("search");
        Assert.Equal("Model", hits[0].Text("node.__typename"));
        Assert.Equal("opel-kadett-k38", hits[0].Text("node.slug"));
        Assert.Contains(hits, h => h.Text("node.__typename") == "Event" && h.Text("node.slug") == "stalin-selects-opel-kadett-1945");
        var ranks = hits.Select(h => h.GetProperty("rank").GetDouble()).ToArray();
        Assert.Equal(ranks.OrderDescending(), ranks);
    }
}
