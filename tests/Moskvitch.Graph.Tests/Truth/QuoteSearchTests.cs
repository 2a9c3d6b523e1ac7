using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;
using Moskvitch.Graph.Tests.Questions;

namespace Moskvitch.Graph.Tests.Truth;

/// <summary>
/// The sentences the citations quote are searchable: a phrase from the sources finds the facts that quote it — a claim,
/// a figure, a design influence, as well as models and events — ranked with the passing mentions, below names; a
/// sentence no citation quotes finds its source and no fact.
/// </summary>
public sealed class QuoteSearchTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task APhraseOfTheJobsPreservedClaimFindsTheClaimAndTheFigure()
    {
        // seed-long: "the city government assumed control to retain jobs, preserving employment for 2,045 workers" is
        // one of three claims on the 2022 sale's jobs preserved, and the figure of the plant's workforce.
        var hits = await SearchAsync("preserving employment for 2,045 workers");

        var claim = Assert.Single(hits, h => h.Text("node.__typename") == "Claim");
        Assert.Equal("jobsPreserved 2045", $"{claim.Text("node.attribute")} {claim.Text("node.value")}");
        Assert.Contains("preserving employment for 2,045 workers", claim.Each("node.citations", "quote").Single(q => q.Contains("2,045 workers", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(hits, h => h.Text("node.__typename") == "Figure");
        Assert.All(hits, h => Assert.InRange(h.GetProperty("rank").GetDouble(), 0, 0.99));
    }

    [Fact]
    public async Task AQuotedPhraseFindsTheDesignInfluencesThatRestOnIt()
    {
        // seed-short: "In fact, the designers of the GAZ-21 Volga took part in the creation of the compact Moskvitch."
        var hits = await SearchAsync("\"designers of the GAZ-21 Volga took part\"");

        var influences = hits.Where(h => h.Text("node.__typename") == "DesignInfluence").ToList();
        Assert.NotEmpty(influences);
        Assert.All(influences, h => Assert.Contains(h.Each("node.citations", "quote"), q => q.Contains("designers of the GAZ-21 Volga took part", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OnlyQuotedSentencesFindFactsAndNamesStillRankFirst()
    {
        // seed-long: "ceased automobile production after assembling fewer than 1,000 KIM-10 vehicles" is the KIM-10's
        // upper bound on units built; seed-short's first sentence, "After a short tour across some of the Soviet Bloc
        // countries, …", is quoted by no citation.
        var quoted = await SearchAsync("assembling fewer than 1,000 KIM-10 vehicles");
        var bound = Assert.Single(quoted, h => h.Text("node.__typename") == "Claim");
        Assert.Equal("unitsBuilt 1000", $"{bound.Text("node.attribute")} {bound.Text("node.value")}");
        Assert.InRange(bound.GetProperty("rank").GetDouble(), 0, 0.99);

        // The name itself: the model first, the facts quoting it among the mentions below 1.
        var named = await SearchAsync("KIM-10");
        Assert.Equal("Model kim-10", $"{named[0].Text("node.__typename")} {named[0].Text("node.slug")}");
        Assert.True(named[0].GetProperty("rank").GetDouble() >= 2, "the name ranks first");
        Assert.Contains(named, h => h.Text("node.__typename") == "Claim");
        Assert.All(named.Where(h => h.Text("node.__typename") is not ("Model" or "Event" or "Organization" or "Source")),
            h => Assert.InRange(h.GetProperty("rank").GetDouble(), 0, 0.99));

        Assert.Equal(0, await TestPostgres.ScalarAsync<long>(api.ConnectionString,
            "SELECT count(*) FROM quote_search WHERE search @@ websearch_to_tsquery('english', 'short tour across some of the Soviet Bloc countries')"));
        var unquoted = await SearchAsync("a short tour across some of the Soviet Bloc countries");
        Assert.Equal(["Source seed-short"], unquoted.Select(h => $"{h.Text("node.__typename")} {h.Text("node.slug")}"));
    }

    private async Task<JsonElement[]> SearchAsync(string text)
    {
        var data = await api.DataAsync("""
            query($text: String!) { search(text: $text, first: 20) { rank node { __typename
                ... on Model { slug } ... on Event { slug } ... on Organization { slug } ... on Source { slug }
                ... on Claim { attribute value citations { quote } }
                ... on DesignInfluence { citations { quote } }
                ... on Figure { figureValue: value } } } }
            """, new { text });
        return data.Items("search");
    }
}
