using System.Net;
using System.Net.Http.Headers;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Downloads;

/// <summary>
/// <c>HEAD /export/…</c>: the headers a GET would send (ETag, X-Data-Version, Cache-Control, Content-Type,
/// Content-Disposition), no body, and 304 for a matching If-None-Match. Each format is its own representation with its
/// own strong ETag: a tag of one format never validates another's download. The in-process test server passes a body
/// through even for HEAD, so an empty one here means no export was written: no rows were read.
/// </summary>
public sealed class DownloadHeadTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Formats = ["csv", "jsonl", "nt"];

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string format, params string[] ifNoneMatch)
    {
        using var request = new HttpRequestMessage(method, "/export/" + format);
        foreach (var tag in ifNoneMatch)
        {
            request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(tag));
        }

        return await api.Client.SendAsync(request);
    }

    private async Task<string> ETagAsync(string format)
    {
        using var head = await SendAsync(HttpMethod.Head, format);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        return head.Headers.ETag!.Tag;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("nt")]
    public async Task HeadAnswersWithTheHeadersOfGetAndNoBody(string format)
    {
        using var get = await SendAsync(HttpMethod.Get, format);
        using var head = await SendAsync(HttpMethod.Head, format);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        foreach (var name in new[] { "ETag", "X-Data-Version", "Cache-Control", "Content-Type", "Content-Disposition" })
        {
            Assert.NotNull(Header(get, name));
            Assert.Equal(Header(get, name), Header(head, name));
        }

        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("nt")]
    public async Task HeadAnswers304WhenTheETagMatchesAnd200WhenItDoesNot(string format)
    {
        string etag;
        using (var head = await SendAsync(HttpMethod.Head, format))
        {
            etag = head.Headers.ETag!.Tag;
        }

        using (var notModified = await SendAsync(HttpMethod.Head, format, etag))
        {
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Equal(etag, notModified.Headers.ETag?.Tag);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        }

        using var changed = await SendAsync(HttpMethod.Head, format, "\"0001_model-00000000\"");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(etag, changed.Headers.ETag?.Tag);
        Assert.Empty(await changed.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task EachFormatHasItsOwnStrongETagAndAllShareTheDataVersion()
    {
        var tags = new Dictionary<string, string>();
        var versions = new HashSet<string>();
        foreach (var format in Formats)
        {
            using var get = await SendAsync(HttpMethod.Get, format);
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.False(get.Headers.ETag!.IsWeak, $"{format}: {get.Headers.ETag}");
            tags[format] = get.Headers.ETag.Tag;
            var version = Header(get, "X-Data-Version")!;
            versions.Add(version);
            Assert.Contains(version, get.Content.Headers.ContentDisposition!.FileName!, StringComparison.Ordinal);
            Assert.Equal(tags[format], await ETagAsync(format));
        }

        Assert.Single(versions);
        Assert.True(tags.Values.Distinct(StringComparer.Ordinal).Count() == Formats.Length,
            "ETags shared between formats: " + string.Join(", ", tags.Select(t => $"{t.Key} {t.Value}")));
    }

    [Theory]
    [InlineData("jsonl", "csv")]
    [InlineData("csv", "jsonl")]
    [InlineData("nt", "jsonl")]
    [InlineData("jsonl", "nt")]
    [InlineData("csv", "nt")]
    [InlineData("nt", "csv")]
    public async Task ATagOfOneFormatDoesNotValidateAnothersDownload(string tagOf, string sentTo)
    {
        var foreign = await ETagAsync(tagOf);
        var own = await ETagAsync(sentTo);

        using (var get = await SendAsync(HttpMethod.Get, sentTo, foreign))
        {
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Equal(own, get.Headers.ETag?.Tag);
            Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
        }

        using (var head = await SendAsync(HttpMethod.Head, sentTo, foreign))
        {
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(own, head.Headers.ETag?.Tag);
        }

        // Listed beside the format's own tag, the other format's tag does not get in the way.
        using var both = await SendAsync(HttpMethod.Get, sentTo, foreign, own);
        Assert.Equal(HttpStatusCode.NotModified, both.StatusCode);
        Assert.Empty(await both.Content.ReadAsByteArrayAsync());
    }
}
