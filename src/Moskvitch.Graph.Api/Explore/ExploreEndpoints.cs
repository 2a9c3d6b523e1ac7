using System.Text;
using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Moskvitch.Graph.Conventions.Persisted;

namespace Moskvitch.Graph.Api.Explore;

/// <summary>
/// The lineage explorer: <c>/explore</c> and <c>/explore/{slug}</c> (a permalink to a model) answer the page, which draws
/// a model's lineage with cytoscape and talks to GraphQL only through the stored operations <c>ExploreModels</c>,
/// <c>ExploreLineage</c> and <c>ExploreLinkSources</c> over GET. The page, its script and style and the two libraries
/// from npm are read at run time from <c>explore/</c> beside the app (the build copies them there). Everything is
/// served under a Content-Security-Policy that lets the page load and fetch from its own origin only.
/// </summary>
public static class ExploreEndpoints
{
    public const string Path = "/explore";

    /// <summary>The most models the page draws at first, and how many more each "show more" adds.</summary>
    public const int DrawnModels = 150;

    /// <summary>Only the service's own origin; images from data: and blob: URLs are the page's own downloads.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; "
        + "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly string[] Operations = ["ExploreModels", "ExploreLineage", "ExploreLinkSources"];

    public static WebApplication MapExplorer(this WebApplication app, string graphQLPath)
    {
        var directory = System.IO.Path.Combine(AppContext.BaseDirectory, "explore");
        var template = System.IO.Path.Combine(directory, "index.html");
        if (!File.Exists(template))
        {
            app.Logger.LogWarning("The lineage explorer is not served: {Page} is missing (the build copies it there).", template);
            return app;
        }

        var page = Encoding.UTF8.GetBytes(File.ReadAllText(template)
            .Replace("{{config}}", PageConfig(app.Services.GetRequiredService<PersistedOperations>(), graphQLPath), StringComparison.Ordinal));

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(System.IO.Path.Combine(directory, "assets")),
            RequestPath = Path + "/assets",
            OnPrepareResponse = file =>
            {
                file.Context.Response.Headers.CacheControl = "no-cache";
                file.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            },
        });

        // A slug has no dot, so /explore/assets/… and other files never reach the page.
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], (HttpContext http) => PageAsync(http, page));
        app.MapMethods(Path + "/{slug:regex(^[a-z0-9]+(-[a-z0-9]+)*$)}", [HttpMethods.Get, HttpMethods.Head], (HttpContext http) => PageAsync(http, page));
        return app;
    }

    private static async Task PageAsync(HttpContext http, byte[] page)
    {
        var response = http.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentLength = page.Length;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            await response.Body.WriteAsync(page, http.RequestAborted);
        }
    }

    /// <summary>What the page needs to know, inlined as a JSON data block (not a script: the policy runs none inline).</summary>
    private static string PageConfig(PersistedOperations stored, string graphQLPath)
    {
        var ids = Operations.ToDictionary(name => name, name =>
            stored.All.SingleOrDefault(o => o.Name == name)?.Id
            ?? throw new InvalidOperationException($"The stored operation {name} (db/operations/{name}.graphql) is missing."));
        // JSON inside HTML: `<` is escaped by the default encoder, so no text can close the block.
        return JsonSerializer.Serialize(new { graphql = graphQLPath, explore = Path, operations = ids, drawnModels = DrawnModels });
    }
}
