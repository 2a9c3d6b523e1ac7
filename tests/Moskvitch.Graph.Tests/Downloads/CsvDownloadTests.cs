using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;
using static Moskvitch.Graph.Tests.Downloads.DownloadTestSupport;

namespace Moskvitch.Graph.Tests.Downloads;

/// <summary><c>GET /export/csv</c>: a zip of RFC 4180 files, read back and compared with the database.</summary>
public sealed class CsvDownloadTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<(ZipArchive Zip, string Version)> FetchAsync()
    {
        using var response = await api.Client.GetAsync("/export/csv");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var version = response.Headers.GetValues("X-Data-Version").Single();
        Assert.Equal($"\"{version}-csv\"", response.Headers.ETag?.Tag);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"moskvitch-graph-{version}-csv.zip", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return (new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync())), version);
    }

    private static List<string[]> Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"{name} is missing from the zip.");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return ParseCsv(reader.ReadToEnd());
    }

    [Fact]
    public async Task EveryFactTableHasItsRowsAndEachRowItsSourceSlugs()
    {
        await FactTablesGuard.AssertAreTheCitedTablesAsync(api.ConnectionString);
        var (zip, _) = await FetchAsync();
        using (zip)
        {
            foreach (var table in FactTables)
            {
                var records = Read(zip, table + ".csv");
                var header = records[0];
                Assert.Equal("id", header[0]);
                Assert.Equal("source_ids", header[^1]);
                Assert.True(records.Count > 1, $"{table}.csv has no rows");
                Assert.True(records.Skip(1).All(r => r.Length == header.Length), $"{table}.csv has records of the wrong width.");
                Assert.Equal(await CountAsync(api.ConnectionString, table), records.Count - 1);

                var expected = await SourcesByIdAsync(api.ConnectionString, table);
                var actual = records.Skip(1).ToDictionary(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture), r => SortedSlugs(r[^1].Split(';')));
                Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
            }
        }
    }

    [Fact]
    public async Task RowsCarryTheirValuesAndQuotingSurvivesCommasQuotesAndLineBreaks()
    {
        var (zip, _) = await FetchAsync();
        using (zip)
        {
            var models = Read(zip, "model.csv");
            var header = models[0];
            var m412 = models.Single(r => r[Array.IndexOf(header, "slug")] == "moskvitch-412");
            Assert.Equal("Moskvitch 412", m412[Array.IndexOf(header, "name")]);
            Assert.Equal("1967", m412[Array.IndexOf(header, "year_from")]);
            Assert.Equal("true", m412[Array.IndexOf(header, "is_moskvitch")]);
            var db412 = (await RowsAsync(api.ConnectionString, "SELECT description, maker_id FROM model WHERE slug = 'moskvitch-412'")).Single();
            Assert.Equal((string)db412[0]!, m412[Array.IndexOf(header, "description")]);
            Assert.Equal(db412[1]!.ToString(), m412[Array.IndexOf(header, "maker_id")]);

            // The seed documents' full texts hold commas, quotes and line breaks: they must come back byte for byte.
            var sources = Read(zip, "sources.csv");
            var bodies = (await RowsAsync(api.ConnectionString, "SELECT slug, coalesce(body, '') FROM source ORDER BY id"))
                .Select(r => ((string)r[0]!, (string)r[1]!)).ToList();
            Assert.Equal(bodies.Count, sources.Count - 1);
            Assert.Contains(bodies, b => b.Item2.Contains('\n', StringComparison.Ordinal) && b.Item2.Contains('"', StringComparison.Ordinal));
            Assert.Equal(bodies, sources.Skip(1).Select(r => (r[Array.IndexOf(sources[0], "slug")], r[Array.IndexOf(sources[0], "body")])));
        }
    }

    [Fact]
    public async Task CitationsAndManifestMatchTheDatabase()
    {
        var (zip, version) = await FetchAsync();
        using (zip)
        {
            await FactTablesGuard.AssertAreTheCitedTablesAsync(api.ConnectionString);
            var citations = Read(zip, "citations.csv");
            Assert.Equal(["fact_table", "fact_id", "source_slug", "quote"], citations[0]);
            var total = 0L;
            foreach (var table in FactTables)
            {
                total += await CountAsync(api.ConnectionString, table + "_source");
            }

            Assert.Equal(total, citations.Count - 1);
            var quote = (await RowsAsync(api.ConnectionString,
                "SELECT c.quote FROM model_source c JOIN source s ON s.id = c.source_id JOIN model m ON m.id = c.model_id WHERE m.slug = 'moskvitch-412' AND s.slug = 'ref-94'")).Single()[0];
            var id412 = (await RowsAsync(api.ConnectionString, "SELECT id FROM model WHERE slug = 'moskvitch-412'")).Single()[0]!.ToString();
            Assert.Contains(citations, r => r[0] == "model" && r[1] == id412 && r[2] == "ref-94" && r[3] == (string)quote!);

            using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
            Assert.Equal(version, manifest.RootElement.GetProperty("dataVersion").GetString());
            Assert.True(manifest.RootElement.GetProperty("generatedAt").TryGetDateTimeOffset(out _));
            var files = manifest.RootElement.GetProperty("files");
            foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.Ordinal)))
            {
                Assert.Equal(Read(zip, entry.Name).Count - 1, files.GetProperty(entry.Name).GetInt64());
            }

            Assert.Equal(await CountAsync(api.ConnectionString, "source"), files.GetProperty("sources.csv").GetInt64());
            Assert.Equal(FactTables.Count() + 2, zip.Entries.Count(e => e.Name.EndsWith(".csv", StringComparison.Ordinal)));
        }
    }
}
