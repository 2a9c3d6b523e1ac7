using System.Net.Http.Json;
using System.Text.Json;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Conventions;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>
/// An operation without variables sent again (a front-end's fixed query) is not validated again: the first validation
/// is kept with the cached document, its answer and its cost are the same; operations with variables and refused ones
/// are validated every time.
/// </summary>
public sealed class ValidationReuseTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Fixed = """
        query FixedList { models(where: { yearFrom: { gt: 1960 } }, order: [{ yearFrom: ASC }, { id: ASC }], first: 5) { nodes { slug yearFrom maker { name } } } }
        """;

    private BoundedDocumentValidator Validator => (BoundedDocumentValidator)api.Factory.Services.GetRequiredService<IDocumentValidator>();

    [Fact]
    public async Task AFixedOperationIsValidatedOnceAndAnsweredAlikeWithItsCost()
    {
        var first = await SendAsync(Fixed);
        var before = Validator.Reused;
        var again = await SendAsync(Fixed);
        var third = await SendAsync(Fixed);

        Assert.Equal(2, Validator.Reused - before);
        Assert.Equal(first.GetProperty("data").GetRawText(), (await SendAsync(Fixed)).GetProperty("data").GetRawText());
        Assert.Equal(first.GetProperty("data").GetRawText(), again.GetProperty("data").GetRawText());
        Assert.Equal(first.GetProperty("data").GetRawText(), third.GetProperty("data").GetRawText());
        Assert.Equal(5, first.GetProperty("data").GetProperty("models").GetProperty("nodes").GetArrayLength());
        Assert.Equal(first.GetProperty("extensions").GetProperty("operationCost").GetRawText(), third.GetProperty("extensions").GetProperty("operationCost").GetRawText());
        Assert.True(third.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble() > 0);
    }

    [Fact]
    public async Task AnOperationWithVariablesIsValidatedEveryTime()
    {
        const string WithVariables = "query ByYear($year: Int!) { models(where: { yearFrom: { gt: $year } }, first: 3) { nodes { slug } } }";
        await SendAsync(WithVariables, new { year = 1960 });
        var before = Validator.Reused;
        var later = await SendAsync(WithVariables, new { year = 2000 });
        var wrong = await SendAsync(WithVariables, new { year = "soon" });

        Assert.Equal(0, Validator.Reused - before);
        Assert.NotEmpty(later.GetProperty("data").GetProperty("models").GetProperty("nodes").EnumerateArray());
        Assert.False(wrong.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
        Assert.NotEmpty(wrong.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task ARefusedOperationIsRefusedEveryTime()
    {
        const string Costly = "query Costly { models(first: 50) { nodes { influences(first: 50) { nodes { sourceModel { influences(first: 50) { nodes { aspect } } } } } } } }";
        for (var i = 0; i < 3; i++)
        {
            var refused = await SendAsync(Costly);
            Assert.Equal("HC0047", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    private async Task<JsonElement> SendAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await api.Client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
