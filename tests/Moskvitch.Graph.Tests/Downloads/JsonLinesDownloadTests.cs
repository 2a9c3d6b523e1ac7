using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;
using static Moskvitch.Graph.Tests.Downloads.DownloadTestSupport;

namespace Moskvitch.Graph.Tests.Downloads;

/// <summary><c>GET /export/jsonl</c> read back line by line and compared with the database; ETags of every format.</summary>
public sealed class JsonLinesDownloadTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<(List<JsonElement> Lines, HttpResponseMessage Response)> FetchAsync()
    {
        var response = await api.Client.GetAsync("/export/jsonl");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var lines = text.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (lines, response);
    }

    [Fact]
    public async Task EveryRowIsOneLineWithItsTypeFieldsAndSources()
    {
        var (lines, response) = await FetchAsync();
        using (response)
        {
            var version = response.Headers.GetValues("X-Data-Version").Single();
            Assert.Equal("header", lines[0].GetProperty("type").GetString());
            Assert.Equal(version, lines[0].GetProperty("dataVersion").GetString());

            var byType = lines.Skip(1).GroupBy(l => l.GetProperty("type").GetString()!).ToDictionary(g => g.Key, g => g.ToList());
            Assert.Equal(await CountAsync(api.ConnectionString, "source"), byType["source"].Count);
            await FactTablesGuard.AssertAreTheCitedTablesAsync(api.ConnectionString);
            foreach (var table in FactTables)
            {
                var rows = byType.GetValueOrDefault(table) ?? [];
                Assert.True(rows.Count > 0, $"no {table} lines");
                Assert.Equal(await CountAsync(api.ConnectionString, table), rows.Count);
                var expected = await SourcesByIdAsync(api.ConnectionString, table);
                var actual = rows.ToDictionary(r => r.GetProperty("id").GetInt32(),
                    r => SortedSlugs(r.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!)));
                Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
            }

            var m412 = byType["model"].Single(r => r.GetProperty("slug").GetString() == "moskvitch-412");
            Assert.Equal("Moskvitch 412", m412.GetProperty("name").GetString());
            Assert.Equal(1967, m412.GetProperty("year_from").GetInt32());
            Assert.Equal(JsonValueKind.Null, m412.GetProperty("year_to").ValueKind);
            Assert.Equal(JsonValueKind.Array, m412.GetProperty("aliases").ValueKind);
            Assert.False(m412.TryGetProperty("search", out _), "Generated search vectors are not data.");

            var citations = 0L;
            foreach (var table in FactTables)
            {
                citations += await CountAsync(api.ConnectionString, table + "_source");
            }

            Assert.Equal(citations, byType["citation"].Count);
        }
    }

    [Fact]
    public async Task NumbersAndDatesKeepTheirTypes()
    {
        var (lines, response) = await FetchAsync();
        using (response)
        {
            var figureRow = (await RowsAsync(api.ConnectionString, "SELECT id, value FROM figure ORDER BY id LIMIT 1")).Single();
            var figure = lines.Single(l => l.GetProperty("type").GetString() == "figure" && l.GetProperty("id").GetInt32() == (int)figureRow[0]!);
            Assert.Equal(JsonValueKind.Number, figure.GetProperty("value").ValueKind);
            Assert.Equal((decimal)figureRow[1]!, figure.GetProperty("value").GetDecimal());

            var eventRow = (await RowsAsync(api.ConnectionString,
                "SELECT id, to_char(occurred_on, 'YYYY-MM-DD') FROM event WHERE occurred_on IS NOT NULL ORDER BY id LIMIT 1")).Single();
            var @event = lines.Single(l => l.GetProperty("type").GetString() == "event" && l.GetProperty("id").GetInt32() == (int)eventRow[0]!);
            Assert.Equal((string)eventRow[1]!, @event.GetProperty("occurred_on").GetString());
        }
    }

    [Theory]
    [InlineData("csv", "application/zip", "-csv.zip")]
    [InlineData("jsonl", "application/x-ndjson", ".jsonl")]
    [InlineData("nt", "application/n-triples", ".nt")]
    public async Task EachFormatHasTheDataVersionAndItsNameAsETagAndAnswers304WhenItMatches(string format, string mediaType, string suffix)
    {
        string etag;
        using (var first = await api.Client.GetAsync("/export/" + format))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(mediaType, first.Content.Headers.ContentType?.MediaType);
            var version = first.Headers.GetValues("X-Data-Version").Single();
            etag = first.Headers.ETag!.Tag;
            Assert.Equal($"\"{version}-{format}\"", etag);
            Assert.False(first.Headers.ETag.IsWeak);
            Assert.Equal($"moskvitch-graph-{version}{suffix}", first.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        }

        using var cached = new HttpRequestMessage(HttpMethod.Get, "/export/" + format);
        cached.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag));
        using var notModified = await api.Client.SendAsync(cached);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag?.Tag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/export/" + format);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0001_model-00000000\""));
        using var changed = await api.Client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEmpty(await changed.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheHeaderLinesTypeIsNoRowsTypeAndNoTablesName()
    {
        var (lines, response) = await FetchAsync();
        using (response)
        {
            var header = lines[0];
            var type = header.GetProperty("type").GetString()!;
            Assert.Equal(response.Headers.GetValues("X-Data-Version").Single(), header.GetProperty("dataVersion").GetString());
            Assert.Equal("jsonl", header.GetProperty("format").GetString());

            var rowTypes = lines.Skip(1).Select(l => l.GetProperty("type").GetString()!).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("export", rowTypes);
            Assert.Contains("citation", rowTypes);
            Assert.DoesNotContain(type, rowTypes);

            // Nor may a table added later take it (or the citations' type).
            var relations = (await RowsAsync(api.ConnectionString,
                "SELECT relname::text FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p', 'v', 'm')"))
                .Select(r => (string)r[0]!).ToList();
            Assert.Contains("export", relations);
            Assert.DoesNotContain(type, relations);
            Assert.DoesNotContain("citation", relations);
        }
    }
}
