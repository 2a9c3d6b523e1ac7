using System.Collections.Concurrent;
using System.Globalization;

namespace Moskvitch.Graph.Bench;

/// <summary>
/// The HTTP floor: a minimal Kestrel endpoint in this process that reads the request body and answers with the
/// service's own response to the same query, serialized beforehand. What no GraphQL service on this stack can beat.
/// </summary>
public sealed class HttpFloor : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte[]> _responses = new(StringComparer.Ordinal);

    private HttpFloor(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<HttpFloor> StartAsync()
    {
        var port = ServiceProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var app = builder.Build();
        var floor = new HttpFloor(app, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}")));
        app.MapPost("/floor/{key}", async (HttpContext http, string key) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            if (!floor._responses.TryGetValue(key, out var body))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            http.Response.ContentLength = body.Length;
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
        });
        await app.StartAsync();
        return floor;
    }

    public Uri Set(string key, byte[] response)
    {
        _responses[key] = response;
        return new Uri(Address, "/floor/" + key);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
