using Microsoft.Net.Http.Headers;
using Moskvitch.Graph.Api.Database;

namespace Moskvitch.Graph.Api.Downloads;

public static class DownloadEndpoints
{
    public const string DataVersionHeader = "X-Data-Version";

    /// <summary>
    /// <c>GET /export/csv</c> (zip), <c>/export/jsonl</c> and <c>/export/nt</c>: the whole graph, streamed. Each format
    /// has an ETag of its own, the data version and the format's name (<see cref="DownloadFormat.ETag"/>); the data version
    /// alone is in <c>X-Data-Version</c> and the file name. <c>If-None-Match</c> with the format's tag answers 304.
    /// <c>HEAD</c> answers with the same headers and no body, reading no rows (only the data version, usually from its
    /// cache). The endpoints take no parameters and do not compress, so each format has exactly one representation.
    /// </summary>
    /// <summary>The bulk download's services: the data version, computed once the database is ready.</summary>
    public static WebApplicationBuilder AddDownloads(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<DataVersionWarmup>();
        return builder;
    }

    public static IEndpointRouteBuilder MapDownloadEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var format in DownloadFormat.All)
        {
            app.MapMethods("/export/" + format.Name, [HttpMethods.Get, HttpMethods.Head], (HttpContext http, DatabaseConnectionState database) => ExportAsync(http, database, format))
                .WithName("export-" + format.Name);
        }

        return app;
    }

    private static async Task ExportAsync(HttpContext http, DatabaseConnectionState database, DownloadFormat format)
    {
        var response = http.Response;
        if (!database.IsReady)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var cancellationToken = http.RequestAborted;
        if (HttpMethods.IsHead(http.Request.Method))
        {
            WriteHeaders(http, format, await DataVersion.GetAsync(database.ConnectionString, cancellationToken));
            return;
        }

        await using var session = await DownloadSession.OpenAsync(database.ConnectionString, cancellationToken);
        if (WriteHeaders(http, format, session.DataVersion))
        {
            await format.WriteAsync(session, response.Body, cancellationToken);
        }
    }

    /// <summary>The response's headers for the data version: 304 (and false) when the client's If-None-Match has its tag.</summary>
    private static bool WriteHeaders(HttpContext http, DownloadFormat format, string dataVersion)
    {
        var response = http.Response;
        var etag = new EntityTagHeaderValue(format.ETag(dataVersion));
        response.Headers.ETag = etag.ToString();
        response.Headers[DataVersionHeader] = dataVersion;
        response.Headers.CacheControl = "no-cache";
        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
            && ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return false;
        }

        response.ContentType = format.ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"\"{format.FileName(dataVersion)}\"" }.ToString();
        return true;
    }
}
