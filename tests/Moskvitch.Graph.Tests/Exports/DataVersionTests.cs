using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Moskvitch.Graph.Data;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Exports;

/// <summary>
/// <c>dataVersion</c>: the latest migration plus a hash of every row; the same on every call while the data stays,
/// another as soon as a row changes (the per-process cache is keyed by the database snapshot), the first again when the
/// change is undone. This class updates its own database.
/// </summary>
public sealed class DataVersionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<string> GraphQLVersionAsync() => (await api.DataAsync("{ dataVersion }")).GetProperty("dataVersion").GetString()!;

    private async Task<string> ExportVersionAsync()
    {
        using var response = await api.Client.GetAsync("/export/jsonl", HttpCompletionOption.ResponseHeadersRead);
        return response.Headers.GetValues("X-Data-Version").Single();
    }

    [Fact]
    public async Task IsStableNamesTheLatestMigrationAndChangesWithAnyRow()
    {
        var first = await GraphQLVersionAsync();
        Assert.Matches(new Regex("^" + Regex.Escape(Path.GetFileNameWithoutExtension(DatabaseMigrator.LatestScript)) + "-[0-9a-f]{8}$"), first);
        Assert.Equal(first, await GraphQLVersionAsync());
        Assert.Equal(first, await ExportVersionAsync());

        await TestPostgres.ExecuteAsync(api.ConnectionString,
            "UPDATE model SET description = description || ' (edited)' WHERE slug = 'moskvitch-412'");
        var edited = await GraphQLVersionAsync();
        Assert.NotEqual(first, edited);
        Assert.Equal(edited, await ExportVersionAsync());

        using (var request = new HttpRequestMessage(HttpMethod.Get, "/export/nt"))
        {
            request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{first}\""));
            using var response = await api.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal($"\"{edited}\"", response.Headers.ETag?.Tag);
        }

        // A citation is curated data too.
        await TestPostgres.ExecuteAsync(api.ConnectionString,
            "UPDATE model_source SET quote = quote || ' ' WHERE model_id = model_ref('moskvitch-412') AND source_id = source_ref('ref-94')");
        var requoted = await GraphQLVersionAsync();
        Assert.NotEqual(edited, requoted);

        await TestPostgres.ExecuteAsync(api.ConnectionString,
            "UPDATE model_source SET quote = rtrim(quote) WHERE model_id = model_ref('moskvitch-412') AND source_id = source_ref('ref-94')");
        await TestPostgres.ExecuteAsync(api.ConnectionString,
            "UPDATE model SET description = left(description, -length(' (edited)')) WHERE slug = 'moskvitch-412'");
        Assert.Equal(first, await GraphQLVersionAsync());
    }
}
