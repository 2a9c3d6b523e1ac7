using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Questions;

/// <summary>Questions about when: events of a year, dates and their precision, names and holders as of a year.</summary>
public sealed class TimeQuestionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task In1967CameTheMillionthCarAndThe412()
    {
        // seed-long: "The AZLK Moskvitch plant reached a key production milestone on May 18, 1967, when it assembled its one
        // millionth vehicle, a Moskvitch 408 sedan" / "In 1967, AZLK introduced the Moskvitch-412"
        var data = await api.DataAsync("""
            { events(year: 1967, first: 50) { nodes { slug kind occurredOn datePrecision model { slug } } } }
            """);

        var events = data.Items("events.nodes").ToDictionary(e => e.Text("slug")!);
        Assert.Equal(["millionth-car-1967", "moskvitch-412-introduced-1967"], events.Keys.Order(StringComparer.Ordinal));

        var millionth = events["millionth-car-1967"];
        Assert.Equal("MILESTONE", millionth.Text("kind"));
        Assert.Equal("1967-05-18", millionth.Text("occurredOn"));
        Assert.Equal("DAY", millionth.Text("datePrecision"));
        Assert.Equal("moskvitch-408", millionth.Text("model.slug"));

        var the412 = events["moskvitch-412-introduced-1967"];
        Assert.Equal("LAUNCH", the412.Text("kind"));
        Assert.Equal("YEAR", the412.Text("datePrecision"));
        Assert.Equal("moskvitch-412", the412.Text("model.slug"));
    }

    [Fact]
    public async Task In1930ThePlantBeganInNovemberAndWasNamedKimInDecember()
    {
        // seed-long: "with operations commencing in November of that year on a large site in 's Proletarsky District" /
        // "Named the KIM factory after the Communist Youth International () in December 1930"
        var data = await api.DataAsync("{ events(year: 1930, first: 50) { nodes { slug kind occurredOn datePrecision organization { slug } } } }");

        var events = data.Items("events.nodes").Select(e =>
            $"{e.Text("occurredOn")} {e.Text("datePrecision")} {e.Text("kind")} {e.Text("organization.slug")}");
        Assert.Equal(["1930-11-01 MONTH FOUNDING moscow-plant", "1930-12-01 MONTH RENAME kim"], events.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheFirst400WasAssembledOn4December1946AndApprovedOn28April1947()
    {
        // seed-long: "The first postwar model, the Moskvitch-400 sedan, rolled off the assembly line on December 4, 1946 ...
        // and was approved for mass production by Soviet authorities on April 28, 1947"; ref-14: "Approved for mass
        // production by the Soviet government on 28 April 1947"
        var data = await api.DataAsync("""
            { first: event(slug: "first-moskvitch-400-1946") { kind occurredOn datePrecision model { slug } }
              approval: event(slug: "moskvitch-400-approved-1947") { kind occurredOn datePrecision model { slug } organization { slug } } }
            """);

        Assert.Equal("FIRST_CAR", data.Text("first.kind"));
        Assert.Equal("1946-12-04", data.Text("first.occurredOn"));
        Assert.Equal("DAY", data.Text("first.datePrecision"));
        Assert.Equal("moskvitch-400", data.Text("first.model.slug"));
        Assert.Equal("APPROVAL", data.Text("approval.kind"));
        Assert.Equal("1947-04-28", data.Text("approval.occurredOn"));
        Assert.Equal("DAY", data.Text("approval.datePrecision"));
        Assert.Equal("moskvitch-400", data.Text("approval.model.slug"));
        Assert.Equal("soviet-government", data.Text("approval.organization.slug"));
    }

    [Fact]
    public async Task StalinChoseTheOpelKadettInJune1945()
    {
        // seed-long: "in June 1945, Joseph Stalin selected the pre-war Opel Kadett design, leading to the transfer of tooling"
        var data = await api.DataAsync("""
            { events(year: 1945, where: { kind: { eq: DECISION } }, first: 10) { nodes { slug occurredOn datePrecision model { slug }
                people(first: 10) { nodes { person { name } } } } } }
            """);

        var decision = Assert.Single(data.Items("events.nodes"));
        Assert.Equal("stalin-selects-opel-kadett-1945", decision.Text("slug"));
        Assert.Equal("1945-06-01", decision.Text("occurredOn"));
        Assert.Equal("MONTH", decision.Text("datePrecision"));
        Assert.Equal("opel-kadett-k38", decision.Text("model.slug"));
        Assert.Equal(["Joseph Stalin"], decision.Each("people.nodes", "person.name"));
    }

    [Theory]
    // seed-long: "Named the KIM factory ... in December 1930"; MZMA counts too, by "originally established as MZMA in 1930"
    [InlineData(1935, "KIM factory|Moskovskiy Zavod Malolitrazhnykh Avtomobiley")]
    // MZMA from 1930, 1939 or 1945 (see DisputeQuestionTests) until "renamed AZLK ... in 1968"
    [InlineData(1960, "Moskovskiy Zavod Malolitrazhnykh Avtomobiley")]
    // "The factory, renamed AZLK (Avtomobilny Zavod imeni Leninskogo Komsomola) in 1968"
    [InlineData(1970, "Avtomobilny Zavod imeni Leninskogo Komsomola")]
    // "Following the in December 1991, was reorganized as OAO Moskvitch"
    [InlineData(1995, "OAO Moskvitch")]
    // "Avtoframos (renamed in 2008)"; ref-36: "Renault Group's shares in Renault Russia"
    [InlineData(2010, "Renault Russia")]
    // ref-3: "It sold its Moscow plant, now renamed the Moscow Automobile Factory Moskvich"
    [InlineData(2023, "Moscow Automobile Factory Moskvich")]
    public async Task ThePlantsNamesInAYearAreThoseTheSourcesDateToIt(int year, string expected)
    {
        // activeIn counts a name borne in the year according to at least one source (every claimed start or end counts).
        var data = await api.DataAsync("query($year: Int) { plantNames(activeIn: $year, first: 50) { nodes { name } } }", new { year });

        Assert.Equal(expected.Split('|'), data.Each("plantNames.nodes", "name").Order(StringComparer.Ordinal));
    }

    [Theory]
    // seed-long: "Prototypes emerged in April 1940 ... By June 1941, only around 450 KIM-10 sedans and convertibles had been assembled"
    [InlineData(1941, "kim-10")]
    // the 400 (1946 to 1954 or 1956) and its "convertibles (400-420A, produced 1949-1954), wagons (400-421, 1948-1950),
    // and (400-422, 1948-1956)"
    [InlineData(1950, "moskvitch-400|moskvitch-400-420a|moskvitch-400-421|moskvitch-400-422")]
    // "The Moskvich 412, manufactured from 1967 to 1982" / "The 2140 series succeeded the 412 in 1976 ... continued until 1988"
    [InlineData(1980, "moskvitch-2140|moskvitch-412")]
    // "The is a compact crossover SUV assembled in since November 23, 2022" / "Current models include the Moskvich 3
    // crossover ..., its electric variant Moskvich 3e, the Moskvich 6 sedan ..., and the Moskvich 8 crossover, all produced
    // via this JAC-sourced process" / "In 2024, sales exceeded 23,000 units, including 2,400 Moskvich 6 sedans and 1,300
    // Moskvich 3e electrics" / "The Moskvitch 6, certified in July 2023 and entering thereafter"; the Moskvich 8 only
    // "launched for sale on July 22, 2025"
    [InlineData(2024, "moskvich-3|moskvich-3e|moskvich-6")]
    public async Task TheMoskvitchModelsInProductionInAYearAreThoseTheSourcesDateToIt(int year, string expected)
    {
        var data = await api.DataAsync("query($year: Int) { models(activeIn: $year, isMoskvitch: true, first: 50) { nodes { slug } } }", new { year });

        Assert.Equal(expected.Split('|'), data.Each("models.nodes", "slug").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheBankruptcyRanFrom1997To2006()
    {
        // seed-long: "prompting unsuccessful government bankruptcy attempts as early as 1997" / "By early 2002 ... a power cut
        // by Mosenergo for unpaid bills" / "OAO Moskvitch filed for in 2002, with proceedings formalized amid 33 billion rubles
        // in liabilities, culminating in official by 2006" / "culminating in proceedings in 2003"; ref-30: "The Moscow City
        // Government has begun bankruptcy proceedings against the Moskvich factory, which has reported debts of 33bn roubles"
        var data = await api.DataAsync("""
            { events(where: { kind: { in: [BANKRUPTCY, POWER_CUT] } }, order: [{ year: ASC }], first: 50) {
                nodes { slug year kind organization { slug } } }
              figures(where: { metric: { eq: DEBT } }, first: 50) { nodes { year value unit organization { slug } } } }
            """);

        var events = data.Items("events.nodes");
        Assert.Equal(
            [
                "1997 bankruptcy-attempt-1997",
                "2002 bankruptcy-filing-2002",
                "2002 mosenergo-power-cut-2002",
                "2003 bankruptcy-proceedings-2003",
                "2006 declared-bankrupt-2006",
            ],
            events.Select(e => $"{e.GetProperty("year").GetInt32()} {e.Text("slug")}").Order(StringComparer.Ordinal));
        var years = events.Select(e => e.GetProperty("year").GetInt32()).ToArray();
        Assert.Equal(years.Order(), years); // answered in time order
        Assert.Equal("mosenergo", data.One("events.nodes", "kind", "POWER_CUT").Text("organization.slug"));

        var debt = Assert.Single(data.Items("figures.nodes"));
        Assert.Equal(2003, debt.GetProperty("year").GetInt32());
        Assert.Equal(33_000_000_000m, debt.GetProperty("value").GetDecimal());
        Assert.Equal("RUB", debt.Text("unit"));
        Assert.Equal("oao-moskvitch", debt.Text("organization.slug"));
    }

    [Fact]
    public async Task ProductionRestartedOn23November2022AndSobyaninOpenedIt()
    {
        // seed-long: "Production of the crossover commenced on November 23, 2022, at the repurposed plant";
        // ref-90: "Sergei Sobyanin opens serial production at Moskvich plant"
        var data = await api.DataAsync("""
            { events(year: 2022, where: { kind: { eq: RELAUNCH } }, first: 10) { nodes { slug occurredOn datePrecision model { slug }
                people(first: 10) { nodes { person { slug } role sources { slug } } } } } }
            """);

        var relaunch = Assert.Single(data.Items("events.nodes"));
        Assert.Equal("production-relaunch-2022", relaunch.Text("slug"));
        Assert.Equal("2022-11-23", relaunch.Text("occurredOn"));
        Assert.Equal("DAY", relaunch.Text("datePrecision"));
        Assert.Equal("moskvich-3", relaunch.Text("model.slug"));
        var sobyanin = Assert.Single(relaunch.Items("people.nodes"));
        Assert.Equal("sergei-sobyanin", sobyanin.Text("person.slug"));
        Assert.Equal(["ref-90"], sobyanin.Sources());
    }

    [Fact]
    public async Task TheMoskvich6WasCertifiedInJuly2023()
    {
        // seed-long: "The Moskvitch 6, certified in July 2023"; ref-64: "The Moskvich plant certified the Moskvich 6 liftback"
        var data = await api.DataAsync("""
            { events(year: 2023, where: { kind: { eq: CERTIFICATION } }, first: 50) { nodes { occurredOn datePrecision model { slug } sources { slug } } } }
            """);

        var certification = Assert.Single(data.Items("events.nodes"));
        Assert.Equal("moskvich-6", certification.Text("model.slug"));
        Assert.Equal("2023-07-01", certification.Text("occurredOn"));
        Assert.Equal("MONTH", certification.Text("datePrecision"));
        Assert.Equal(["ref-64", "seed-long"], certification.Sources());
    }

    [Theory]
    [InlineData(1960, "soviet-government OWNER")] // "an early Soviet initiative" ... "the shift from state-directed production"
    [InlineData(1995, "oao-moskvitch OWNER")] // "reorganized as OAO Moskvitch" ... "culminating in official by 2006"
    [InlineData(2010, "avtoframos OPERATOR")] // "relocated and expanded operations to the Moskvitch grounds in 2004"
    [InlineData(2023, "moskvich-automobile-plant OPERATOR")] // ref-3: "now renamed the Moscow Automobile Factory Moskvich"
    public async Task ThePlantsHolderInAYearIsTheOneTheSourcesDateToIt(int year, string expected)
    {
        var data = await api.DataAsync("""
            query($year: Int) { organization(slug: "moscow-plant") { owners(activeIn: $year, first: 50) { nodes { owner { slug } role } } } }
            """, new { year });

        Assert.Equal([expected], data.Items("organization.owners.nodes").Select(o => $"{o.Text("owner.slug")} {o.Text("role")}"));
    }

    [Fact]
    public async Task In1950TheOnlyHoldingTheSourcesSupportIsTheStatesOwnershipOfThePlant()
    {
        // No source dates any other holding to 1950. The only source on Renault's AVTOVAZ stake is ref-91 of March 2022
        // ("Regarding its stake in AVTOVAZ, Renault Group is assessing"), which gives no years: it cannot answer for 1950.
        var data = await api.DataAsync("{ ownerships(activeIn: 1950, first: 50) { nodes { owner { slug } role owned { slug } } } }");

        var rows = data.Items("ownerships.nodes").Select(o => $"{o.Text("owner.slug")} {o.Text("role")} {o.Text("owned.slug")}");
        Assert.Equal(["soviet-government OWNER moscow-plant"], rows);
    }
}
