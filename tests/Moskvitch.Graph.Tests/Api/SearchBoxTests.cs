using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;
using Moskvitch.Graph.Tests.Questions;

namespace Moskvitch.Graph.Tests.Api;

/// <summary>
/// <c>search</c> as people type into a search box: prefixes, the spellings of Moskvitch in four alphabets and languages,
/// typos, codes, a sentence from the sources, and text that names nothing. Names and codes rank above passing mentions.
/// </summary>
public sealed class SearchBoxTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("alek", "Model", "moskvitch-2141")]
    [InlineData("Alek", "Model", "moskvitch-2141")]
    [InlineData("Moskvich 412", "Model", "moskvitch-412")]
    [InlineData("Moskvitch 412", "Model", "moskvitch-412")]
    [InlineData("Moskwitsch 412", "Model", "moskvitch-412")]
    [InlineData("Москвич 412", "Model", "moskvitch-412")]
    [InlineData("МОСКВИЧ-412", "Model", "moskvitch-412")]
    [InlineData("Moskvtich 408", "Model", "moskvitch-408")]
    [InlineData("2141", "Model", "moskvitch-2141")]
    [InlineData("AZLK", "Organization", "azlk")]
    [InlineData("АЗЛК", "Organization", "azlk")]
    [InlineData("opel kadet", "Model", "opel-kadett-k38")]
    [InlineData("kadett k38", "Model", "opel-kadett-k38")]
    public async Task WhatPeopleTypeFindsTheNamedThingFirst(string text, string kind, string slug)
    {
        var hits = await SearchAsync(text);
        Assert.NotEmpty(hits);
        Assert.Equal($"{kind} {slug}", $"{hits[0].Text("node.__typename")} {hits[0].Text("node.slug")}");
        Assert.True(hits[0].GetProperty("rank").GetDouble() >= 1, "a name match ranks at 1 or more");
    }

    [Fact]
    public async Task NamesAndCodesRankAbovePassingMentions()
    {
        var hits = await SearchAsync("2141", first: 30);
        var ranks = hits.Select(h => h.GetProperty("rank").GetDouble()).ToArray();
        Assert.Equal(ranks.OrderDescending(), ranks);

        // Named or coded "2141" (the model, its variants): 2 or more; an event or a source titled with it: from 1 to 2;
        // only mentioning it (a description, a source's text): below 1.
        Assert.Equal("moskvitch-2141", hits[0].Text("node.slug"));
        Assert.All(hits.Where(h => h.GetProperty("rank").GetDouble() >= 2), h => Assert.Equal("Model", h.Text("node.__typename")));
        Assert.All(hits.Where(h => h.Text("node.__typename") is "Event" or "Source"), h => Assert.InRange(h.GetProperty("rank").GetDouble(), 0, 1.999));
        Assert.Contains(hits, h => h.GetProperty("rank").GetDouble() is >= 1 and < 2);
        Assert.Contains(hits, h => h.GetProperty("rank").GetDouble() < 1);
    }

    [Fact]
    public async Task ASentenceFromASourceFindsTheSource()
    {
        // seed-short, its first sentence.
        var hits = await SearchAsync("a short tour across some of the Soviet Bloc countries");
        Assert.Contains(hits, h => h.Text("node.__typename") == "Source" && h.Text("node.slug") == "seed-short");
    }

    [Theory]
    [InlineData("xqzjv wptk")]
    [InlineData("zzzzzz")]
    public async Task TextThatNamesNothingFindsNothing(string text) => Assert.Empty(await SearchAsync(text));

    [Theory]
    [InlineData("ale")]
    [InlineData("alek")]
    [InlineData("aleko")]
    public async Task EveryPrefixOfANameFromThreeLettersFindsIt(string prefix) =>
        Assert.Contains(await SearchAsync(prefix), h => h.Text("node.slug") == "moskvitch-2141");

    private async Task<JsonElement[]> SearchAsync(string text, int first = 10)
    {
        var data = await api.DataAsync("""
            query($text: String!, $first: Int) { search(text: $text, first: $first) { rank node { __typename
                ... on Model { slug } ... on Event { slug } ... on Organization { slug } ... on Source { slug } } } }
            """, new { text, first });
        return data.Items("search");
    }
}
