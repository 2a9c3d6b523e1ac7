using System.IO.Compression;
using System.Text;
using Moskvitch.Graph.Tests.Infrastructure;
using static Moskvitch.Graph.Tests.Downloads.DownloadTestSupport;

namespace Moskvitch.Graph.Tests.Truth;

/// <summary>
/// A value that is general knowledge or an inference is marked as such, with its reason and the sentence it starts
/// from, in the API and in the exports; a value without a mark is stated by its sources.
/// </summary>
public sealed class InferenceTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ADistrictsCountryIsMarkedInferredWithItsReasonAndSentence()
    {
        var place = (await api.DataAsync("""
            { place(slug: "proletarsky-district") { country inferences { attribute value reason sources { slug } } } }
            """)).GetProperty("place");
        Assert.False(string.IsNullOrEmpty(place.GetProperty("country").GetString()));
        var mark = Assert.Single(place.GetProperty("inferences").EnumerateArray());
        Assert.Equal("country", mark.GetProperty("attribute").GetString());
        Assert.Contains("Moscow", mark.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(["seed-long"], mark.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task TheImpliedEndYearOfThe402IsAnInferredClaimAndAStatedValueHasNoMark()
    {
        var data = await api.DataAsync("""
            {
              implied: model(slug: "moskvitch-402") { inferences { attribute value } claims(attribute: "yearTo") { value } }
              stated: place(slug: "lovech") { country inferences { attribute } }
            }
            """);
        var mark = Assert.Single(data.GetProperty("implied").GetProperty("inferences").EnumerateArray());
        Assert.Equal("yearTo", mark.GetProperty("attribute").GetString());
        Assert.Contains(data.GetProperty("implied").GetProperty("claims").EnumerateArray(), c => c.GetProperty("value").GetString() == mark.GetProperty("value").GetString());
        Assert.Empty(data.GetProperty("stated").GetProperty("inferences").EnumerateArray());
    }

    [Fact]
    public async Task EveryInferenceNamesAFieldOfItsSubjectAndIsInTheCsvExport()
    {
        var marks = (await api.DataAsync("{ inferences(first: 50) { totalCount nodes { subjectKind attribute reason sources { slug } } } }")).GetProperty("inferences");
        var count = marks.GetProperty("totalCount").GetInt32();
        Assert.True(count >= 5, $"{count} inferences");
        Assert.All(marks.GetProperty("nodes").EnumerateArray(), m => Assert.NotEmpty(m.GetProperty("sources").EnumerateArray()));

        using var response = await api.Client.GetAsync("/export/csv");
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var entry = zip.GetEntry("inference.csv") ?? throw new Xunit.Sdk.XunitException("inference.csv is missing");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        var records = ParseCsv(await reader.ReadToEndAsync());
        Assert.Equal(["id", "subject_kind", "subject_id", "attribute", "value", "reason", "source_ids"], records[0]);
        Assert.Equal(count, records.Count - 1);
    }
}
