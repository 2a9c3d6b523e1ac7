using System.Net;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>Sends its content with chunked transfer encoding (no Content-Length).</summary>
public sealed class ChunkedContent : HttpContent
{
    private readonly HttpContent _inner;

    public ChunkedContent(HttpContent inner)
    {
        _inner = inner;
        Headers.ContentType = inner.Headers.ContentType;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _inner.CopyToAsync(stream, context);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
