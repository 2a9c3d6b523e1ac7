using Microsoft.Net.Http.Headers;
using Moskvitch.Graph.Api.Database;

namespace Moskvitch.Graph.Api.Exports;

public static class ExportEndpoints
{
    public const string DataVersionHeader = "X-Data-Version";

    /// <summary>
    /// <c>GET /export/csv</c> (zip), <c>/export/jsonl</c> and <c>/export/nt</c>: the whole graph, streamed. The ETag is
    /// the data version; <c>If-None-Match</c> with it answers 304.
    /// </summary>
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var format in ExportFormat.All)
        {
            app.MapGet("/export/" + format.Name, (HttpContext http, DatabaseEndpoint database) => ExportAsync(http, database, format))
                .WithName("export-" + format.Name);
        }

        return app;
    }

    private static async Task ExportAsync(HttpContext http, DatabaseEndpoint database, ExportFormat format)
    {
        var response = http.Response;
        if (!database.IsReady)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var cancellationToken = http.RequestAborted;
        await using var session = await ExportSession.OpenAsync(database.ConnectionString, cancellationToken);
        var etag = new EntityTagHeaderValue($"\"{session.DataVersion}\"");
        response.Headers.ETag = etag.ToString();
        response.Headers[DataVersionHeader] = session.DataVersion;
        response.Headers.CacheControl = "no-cache";
        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
            && ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = format.ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"\"{format.FileName(session.DataVersion)}\"" }.ToString();
        await format.WriteAsync(session, response.Body, cancellationToken);
    }
}
