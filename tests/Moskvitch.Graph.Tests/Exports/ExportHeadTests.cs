using System.Net;
using System.Net.Http.Headers;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Exports;

/// <summary>
/// <c>HEAD /export/…</c>: the headers a GET would send (ETag, X-Data-Version, Cache-Control, Content-Type,
/// Content-Disposition), no body, and 304 for a matching If-None-Match. The in-process test server passes a body
/// through even for HEAD, so an empty one here means no export was written: no rows were read.
/// </summary>
public sealed class ExportHeadTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string format, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(method, "/export/" + format);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(ifNoneMatch));
        }

        return await api.Client.SendAsync(request);
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
}
