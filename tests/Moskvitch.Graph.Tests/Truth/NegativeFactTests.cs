using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Truth;

/// <summary>
/// What the sources say did not happen, was never exercised, was not confirmed, or has no evidence is a fact of its
/// own (Wikidata's "no value"), cited and queryable from the fact it is about and from the root.
/// </summary>
public sealed class NegativeFactTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task RenaultsBuybackOptionWasNotExercised()
    {
        var nodes = (await api.DataAsync("""
            { ownerships(first: 10, where: { owner: { slug: { eq: "city-of-moscow" } }, owned: { slug: { eq: "moskvich-automobile-plant" } } }) {
                nodes { negativeFacts { property kind organization { slug } sources { slug } } } } }
            """)).GetProperty("ownerships").GetProperty("nodes").EnumerateArray().ToList();
        var ownership = Assert.Single(nodes);
        var statement = Assert.Single(ownership.GetProperty("negativeFacts").EnumerateArray());
        Assert.Equal("buybackOptionExercised", statement.GetProperty("property").GetString());
        Assert.Equal("NOT_EXERCISED", statement.GetProperty("kind").GetString());
        Assert.Equal("renault", statement.GetProperty("organization").GetProperty("slug").GetString());
        Assert.Equal(["seed-long"], statement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task TheCompanyDidNotConfirmTiesToJac()
    {
        var statements = (await api.DataAsync("""
            { organization(slug: "moskvich-automobile-plant") { negativeFacts { kind organization { slug } sources { slug } } } }
            """)).GetProperty("organization").GetProperty("negativeFacts").EnumerateArray().ToList();
        var jac = Assert.Single(statements, s => s.GetProperty("kind").GetString() == "NOT_CONFIRMED");
        Assert.Equal("jac", jac.GetProperty("organization").GetProperty("slug").GetString());
        Assert.Equal(["ref-116"], jac.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task NegativeStatementsAreFilterableByKindFromTheRoot()
    {
        var data = await api.DataAsync("""
            {
              none: negativeFacts(first: 10, where: { kind: { eq: NO_EVIDENCE } }) { nodes { property subjectKind sources { slug } } }
              all: negativeFacts(first: 50) { totalCount nodes { kind } }
            }
            """);
        var evidence = Assert.Single(data.GetProperty("none").GetProperty("nodes").EnumerateArray());
        Assert.Equal("substantialLicensedProductionAbroad", evidence.GetProperty("property").GetString());
        Assert.NotEmpty(evidence.GetProperty("sources").EnumerateArray());
        var kinds = data.GetProperty("all").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToHashSet();
        Assert.True(kinds.Count >= 3, $"{kinds.Count} kinds");
        Assert.Contains("DID_NOT_HAPPEN", kinds);
    }
}
