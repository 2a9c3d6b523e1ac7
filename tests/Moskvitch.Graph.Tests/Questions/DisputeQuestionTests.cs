using Moskvitch.Graph.Tests.Infrastructure;
using static Moskvitch.Graph.Tests.Questions.Answer;

namespace Moskvitch.Graph.Tests.Questions;

/// <summary>
/// Questions whose sources disagree: the fact's own field stays null, <c>disputed</c> is true, and every competing value
/// is answered with the sources that state it.
/// </summary>
public sealed class DisputeQuestionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Claims = "disputed disputedAttributes claims { attribute value sources { slug } }";

    [Fact]
    public async Task The400EngineIs23HpButItsDisplacementIsEither1100Or660Cc()
    {
        // seed-long: "powered by a 1.1-liter four-cylinder engine producing 23 horsepower"
        //       and: "This four-seater compact featured a 660 cc inline-four engine producing 23 horsepower"
        var data = await api.DataAsync($$"""{ engine(slug: "moskvitch-400-engine") { displacementCc powerHp {{Claims}} } }""");

        var engine = data.GetProperty("engine");
        Assert.Equal(23m, engine.GetProperty("powerHp").GetDecimal());
        AssertDisputed(engine, "displacementCc", "1100 ← seed-long", "660 ← seed-long");
        Assert.Equal(["displacementCc"], engine.Strings("disputedAttributes"));
    }

    [Fact]
    public async Task HowManyKim10sWereBuiltIsAround450WithinABoundOfFewerThan1000()
    {
        // seed-long: "By June 1941, only around 450 KIM-10 sedans and convertibles had been assembled"
        //       and: "ceased automobile production after assembling fewer than 1,000 KIM-10 vehicles" (a bound, not a rival count)
        // ref-7: "the plant managed to assemble just 450 units before the Nazi invasion in June 1941"
        var model = (await api.DataAsync("""{ model(slug: "kim-10") { unitsBuilt disputedAttributes claims(attribute: "unitsBuilt") { value bound } } }""")).GetProperty("model");

        Assert.Equal(450, model.GetProperty("unitsBuilt").GetInt64());
        Assert.Empty(model.GetProperty("disputedAttributes").EnumerateArray());
        var bound = Assert.Single(model.GetProperty("claims").EnumerateArray());
        Assert.Equal("1000", bound.GetProperty("value").GetString());
        Assert.Equal("UPPER", bound.GetProperty("bound").GetString());
    }

    [Fact]
    public async Task The400SeriesTotalHasFiveFiguresAllFromTheLongSeed()
    {
        // seed-long: "with 247,439 units built between 1946 and 1956" / "a total output exceeding 200,000 units across models"
        // / "total production exceeding 247,000 units" / "approximately 248,000 sedans and convertibles"
        // / "which delivered 216,000 sedans and 17,000 cabriolets"
        var data = await api.DataAsync($$"""{ model(slug: "moskvitch-400") { unitsBuilt {{Claims}} } }""");

        AssertDisputed(data.GetProperty("model"), "unitsBuilt",
            "247439 ← seed-long", "200000 ← seed-long", "247000 ← seed-long", "248000 ← seed-long", "216000 ← seed-long");
    }

    [Fact]
    public async Task The400StartedIn1946Or1947AndEndedIn1954Or1956()
    {
        // seed-long: "the 400 series, entering serial production in 1946" / "with 247,439 units built between 1946 and 1956"
        // ref-79: "The first Moskvitch model appeared in 1947"; ref-11: "from December 1946 to 1954";
        // ref-13: "On Dec. 4, 1946 the first “Moskvich-400” car was assembled"; ref-72: "produced from 1946 to 1954";
        // ref-2: "produced on MZMA plant from 1946 to 1956"; ref-69: "Moskvitch 400/420 (1946)"
        var data = await api.DataAsync($$"""{ model(slug: "moskvitch-400") { yearFrom yearTo {{Claims}} } }""");

        var model = data.GetProperty("model");
        AssertDisputed(model, "yearFrom", "1946 ← seed-long, ref-11, ref-13, ref-69", "1947 ← ref-79");
        AssertDisputed(model, "yearTo", "1954 ← ref-11, ref-72", "1956 ← seed-long, ref-2");
    }

    [Fact]
    public async Task The400LayoutIsOneUnpromotedClaimNotADispute()
    {
        // seed-long: "prioritizing compact, rear-engine designs" is the only statement on the 400's layout: recorded as a
        // single claim, kept out of the column, and not a dispute.
        var data = await api.DataAsync($$"""{ model(slug: "moskvitch-400") { layout {{Claims}} } }""");

        var model = data.GetProperty("model");
        Assert.True(model.IsNull("layout"));
        Assert.Equal(["rear_engine ← seed-long"], model.Claims("layout"));
        Assert.Equal(["unitsBuilt", "yearFrom", "yearTo"], model.Strings("disputedAttributes"));
    }

    [Fact]
    public async Task The407EndYearPowerAndDisplacementAreAllDisputed()
    {
        // seed-long: "the Moskvich-407, produced from 1958 to 1963" / "over its run from 1958 to 1964"; seed-short: "In 1962 it
        // was replaced by the 403";
        // seed-short: "a slightly bigger 1.3-liter engine, channeling 45 hp (34 kW)";
        // seed-long: "a 1.2-liter delivering about 40 horsepower" / "an optional 35-horsepower engine variant as the -407";
        // ref-75: "the 45 bhp 407"; ref-76: "produced at MPMC ... since 1958 up to 1963"
        var data = await api.DataAsync($$"""
            { model(slug: "moskvitch-407") { yearTo {{Claims}} }
              engine(slug: "moskvitch-407-engine") { displacementCc powerHp powerKw {{Claims}} } }
            """);

        AssertDisputed(data.GetProperty("model"), "yearTo", "1962 ← seed-short", "1963 ← seed-long, ref-76", "1964 ← seed-long");
        var engine = data.GetProperty("engine");
        AssertDisputed(engine, "powerHp", "45 ← seed-short, ref-75", "40 ← seed-long", "35 ← seed-long");
        AssertDisputed(engine, "displacementCc", "1300 ← seed-short", "1200 ← seed-long");
        // The 34 kW goes with one of the three ratings: one claim, no column value, not a dispute of its own.
        Assert.True(engine.IsNull("powerKw"));
        Assert.Equal(["34 ← seed-short"], engine.Claims("powerKw"));
        Assert.Equal(["displacementCc", "powerHp"], engine.Strings("disputedAttributes"));
    }

    [Fact]
    public async Task The408YearsAndDisplacementAreDisputedButNotIts50Hp()
    {
        // seed-long: "the Moskvitch-408, debuted in 1964" / "The 408, entering mass production in 1965, offered a 1.3-liter
        // engine with 50 horsepower" / "1,078 cc engine with 50 horsepower" / "the 408's 1.4-liter unit with 50 horsepower"
        // / "Models such as the 408, produced from 1964 to 1975"; ref-19: "both models were produced in parallel until 1976"
        var data = await api.DataAsync($$"""
            { model(slug: "moskvitch-408") { yearFrom yearTo {{Claims}} }
              engine(slug: "moskvitch-408-engine") { displacementCc powerHp {{Claims}} } }
            """);

        var model = data.GetProperty("model");
        AssertDisputed(model, "yearFrom", "1964 ← seed-long", "1965 ← seed-long");
        AssertDisputed(model, "yearTo", "1975 ← seed-long", "1976 ← ref-19");
        var engine = data.GetProperty("engine");
        AssertDisputed(engine, "displacementCc", "1078 ← seed-long", "1400 ← seed-long", "1300 ← seed-long");
        Assert.Equal(50m, engine.GetProperty("powerHp").GetDecimal());
    }

    [Fact]
    public async Task WhenThePlantBecameMzmaIs1930Or1939Or1945()
    {
        // seed-long: "originally established as MZMA in 1930" / "In 1939, the facility was reorganized and renamed the Small
        // Car Factory (MZMA)" / "Postwar reconversion began in 1945 ... the plant redesignated ... (MZMA, Moscow Small Car Factory)"
        var data = await api.DataAsync($$"""
            { plantNames(where: { abbreviation: { eq: "MZMA" } }, first: 50) { nodes { name yearFrom yearTo {{Claims}} } } }
            """);

        var mzma = Assert.Single(data.Items("plantNames.nodes"));
        Assert.Equal("Moskovskiy Zavod Malolitrazhnykh Avtomobiley", mzma.Text("name"));
        Assert.Equal(1968, mzma.GetProperty("yearTo").GetInt32());
        AssertDisputed(mzma, "yearFrom", "1930 ← seed-long", "1939 ← seed-long", "1945 ← seed-long");
    }

    [Fact]
    public async Task The2141YearsAndBodyAreDisputed()
    {
        // seed-long: "the front-wheel-drive Moskvich-2141 introduced in 1986" / "entering limited serial production around
        // 1988-1990" / "entering limited production by 1990" / "minimal output of the final 2141 variants in 2001" /
        // "over 716,000 units were built until 2002" / "unveiled in 1986 as a front-wheel-drive hatchback" / "The sedan,
        // introduced in 1986 as AZLK's front-wheel-drive successor"; ref-25: "manufactured between 1986 and 2001";
        // ref-73: "AZLK Aleko 2141 Hatchback"
        var data = await api.DataAsync($$"""{ model(slug: "moskvitch-2141") { yearFrom yearTo bodyType {{Claims}} } }""");

        var model = data.GetProperty("model");
        AssertDisputed(model, "yearFrom", "1986 ← seed-long, ref-25", "1988 ← seed-long", "1990 ← seed-long");
        AssertDisputed(model, "yearTo", "2001 ← seed-long, ref-25", "2002 ← seed-long");
        AssertDisputed(model, "bodyType", "hatchback ← seed-long, ref-73", "sedan ← seed-long");
    }

    [Fact]
    public async Task The412EndYearIsDisputedAndItsTotalsAreOnlyLowerBounds()
    {
        // seed-long: "The Moskvich 412, manufactured from 1967 to 1982 with over 900,000 units produced" / "contributing to
        // over 800,000 units across variants" / "The third generation, from 1965 to around 1986, encompassed the Moskvitch
        // 408 and 412 sedans"; ref-19: "produced in parallel until 1976"; ref-20: "produced from 1967-1997 (Moscow) and
        // 2001 (Izhevsk)". "Over" states a bound, not a count: the 412 has no unitsBuilt and no dispute on it.
        var data = await api.DataAsync($$"""{ model(slug: "moskvitch-412") { yearFrom yearTo unitsBuilt unitsBuiltLowest unitsBuiltHighest {{Claims}} bounds: claims(attribute: "unitsBuilt") { value bound } } }""");

        var model = data.GetProperty("model");
        Assert.Equal(1967, model.GetProperty("yearFrom").GetInt32());
        AssertDisputed(model, "yearTo", "1976 ← ref-19", "1982 ← seed-long", "1986 ← seed-long", "1997 ← ref-20", "2001 ← ref-20");
        Assert.True(model.IsNull("unitsBuilt"));
        Assert.True(model.IsNull("unitsBuiltLowest"));
        Assert.True(model.IsNull("unitsBuiltHighest"));
        Assert.DoesNotContain("unitsBuilt", model.Strings("disputedAttributes"));
        var bounds = model.GetProperty("bounds").EnumerateArray().Select(c => $"{c.GetProperty("value").GetString()} {c.GetProperty("bound").GetString()}").Order(StringComparer.Ordinal);
        Assert.Equal(["800000 LOWER", "900000 LOWER"], bounds);
    }

    [Fact]
    public async Task ThePlantWasEvacuatedToSverdlovskInTheUrals()
    {
        // seed-long: "the Moskvitch factory, previously evacuated to Sverdlovsk for military production";
        // ref-84: "In 1941 the plant was evacuated to Ural" (the region the city lies in: no conflict)
        var data = await api.DataAsync("""{ event(slug: "evacuation-1941") { year disputed place { slug parent { slug } } } }""");

        var evacuation = data.GetProperty("event");
        Assert.Equal(1941, evacuation.GetProperty("year").GetInt32());
        Assert.False(evacuation.GetProperty("disputed").GetBoolean());
        Assert.Equal("sverdlovsk", evacuation.Text("place.slug"));
        Assert.Equal("urals", evacuation.Text("place.parent.slug"));
    }

    [Fact]
    public async Task TheJobsThe2022SaleSavedAre11000Or2500Or2045()
    {
        // seed-long: "This handover preserved approximately 11,000 jobs" / "to safeguard approximately 2,500 jobs" /
        // "preserving employment for 2,045 workers"; ref-90: "There are 2,045 people working at Moskvich today."
        var data = await api.DataAsync($$"""{ event(slug: "renault-sells-plant-2022") { occurredOn {{Claims}} } }""");

        var sale = data.GetProperty("event");
        Assert.Equal("2022-05-16", sale.Text("occurredOn"));
        AssertDisputedClaimOnly(sale, "jobsPreserved", "11000 ← seed-long", "2500 ← seed-long", "2045 ← seed-long, ref-90");
    }

    [Fact]
    public async Task The407ExportedShareIsAThirdWithinUpToHalf()
    {
        // seed-long: "with up to 50% of Moskvitch 407 production allocated for foreign sales, totaling 120,903 units over
        // its run from 1958 to 1964" / "the Moskvitch 407 (1958–1963) ... exports accounting for 120,903 vehicles, or
        // roughly one-third of output"
        var data = await api.DataAsync($$"""
            { model(slug: "moskvitch-407") { unitsExported exports(first: 50) { nodes { destination units yearFrom yearTo sharePercent {{Claims}} } } } }
            """);

        var model = data.GetProperty("model");
        Assert.Equal(120903, model.GetProperty("unitsExported").GetInt64());
        var export = model.One("exports.nodes", "destination", "all export markets");
        Assert.Equal(120903, export.GetProperty("units").GetInt64());
        Assert.Equal(1958, export.GetProperty("yearFrom").GetInt32());
        Assert.Equal(33.3m, export.GetProperty("sharePercent").GetDecimal());
        Assert.DoesNotContain(export.GetProperty("disputedAttributes").EnumerateArray(), a => a.GetString() == "sharePercent");
        AssertDisputed(export, "yearTo", "1963 ← seed-long", "1964 ← seed-long");
    }

    [Fact]
    public async Task TheMoskvich3KitsAreSkdOrCkd()
    {
        // seed-long: "restarted in November 2022 using semi-knocked-down kits imported from" / "utilizing semi-knocked-down
        // (CKD) kits from Chinese automaker JAC Motors"; ref-61: "The low-cost Chinese SUV JAC JS4 assembled in the CKD collection"
        var data = await api.DataAsync($$"""
            { model(slug: "moskvich-3") { assemblies(first: 50) { nodes { licensee { slug } kitSupplier { slug } kit {{Claims}} } } } }
            """);

        var assembly = Assert.Single(data.Items("model.assemblies.nodes"));
        Assert.Equal("moskvich-automobile-plant", assembly.Text("licensee.slug"));
        Assert.Equal("jac", assembly.Text("kitSupplier.slug"));
        AssertDisputed(assembly, "kit", "skd ← seed-long", "ckd ← seed-long, ref-61");
    }

    [Fact]
    public async Task The400ToolingCameFromBrandenburgOrRusselsheimWith97PercentCommonParts()
    {
        // seed-long: "the transfer of tooling, blueprints, and expertise from Opel's Brandenburg plant" / "schematics and
        // tooling seized from 's Rüsselsheim factory" / "achieving approximately 97% parts commonality with the original"
        var data = await api.DataAsync($$"""
            { designInfluences(where: { model: { slug: { eq: "moskvitch-400" } }, kind: { eq: CAPTURED_TOOLING_COPY } }, first: 50) {
                nodes { sourceModel { slug } partsCommonalityPercent originPlace { slug } {{Claims}} } } }
            """);

        var influence = Assert.Single(data.Items("designInfluences.nodes"));
        Assert.Equal("opel-kadett-k38", influence.Text("sourceModel.slug"));
        Assert.Equal(97m, influence.GetProperty("partsCommonalityPercent").GetDecimal());
        AssertDisputed(influence, "originPlace", "Brandenburg ← seed-long", "Rüsselsheim ← seed-long");
    }

    [Fact]
    public async Task TheRevivedPlantSold15300Or40000CarsIn2023()
    {
        // seed-long: "with over 15,300 vehicles sold in Russia from March 2023 through year-end" / "reaching the top 10
        // best-selling brands by December 2023 with over 40,000 units sold that year";
        // ref-48: "More than 15,300 Moskvich cars were sold in Russia from the sales start last March"
        var data = await api.DataAsync($$"""{ organization(slug: "moskvich-automobile-plant") { name {{Claims}} } }""");

        var plant = data.GetProperty("organization");
        Assert.Equal("Moscow Automobile Factory Moskvich", plant.Text("name"));
        AssertDisputedClaimOnly(plant, "sales2023", "15300 ← seed-long, ref-48", "40000 ← seed-long");
    }

    [Fact]
    public async Task TheMoskvich6IsASedanOrALiftback()
    {
        // seed-long: "the Moskvich 6 sedan (derived from a JAC platform)"; ref-50: "2.4 thousand Moskvich 6 sedans";
        // ref-64: "The Moskvich plant certified the Moskvich 6 liftback"; ref-65: "a licensed copy of the Chinese liftback JAC Sehol A5"
        var data = await api.DataAsync($$"""{ model(slug: "moskvich-6") { bodyType {{Claims}} } }""");

        AssertDisputed(data.GetProperty("model"), "bodyType", "sedan ← seed-long, ref-50", "liftback ← ref-64, ref-65");
    }
}
