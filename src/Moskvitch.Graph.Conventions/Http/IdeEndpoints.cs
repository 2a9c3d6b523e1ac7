using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// Serves the Banana Cake Pop GraphQL IDE (npm <c>@chillicream/bananacakepop-graphql-ide</c>, ChilliCream License 1.0,
/// shipped unchanged with its LICENSE) under <c>{path}/</c>, beside the GraphQL endpoint at <c>{path}</c>:
/// <list type="bullet">
/// <item>a browser's GET of exactly <c>{path}</c> (Accept lists text/html, no query string) → 302 to <c>{path}/</c>;
/// API clients (a query string, or no text/html in Accept) go on to the GraphQL endpoint;</item>
/// <item><c>{path}/</c> → the IDE's <c>index.html</c>; <c>{path}/bcp-config.json</c> → the IDE's settings (use the
/// page's URL as the endpoint, title, telemetry off, an example document);</item>
/// <item><c>{path}/service-worker.js</c> → 404, which opts out of the IDE's service worker (it would otherwise cache
/// the IDE in the browser, reload the page on the first visit and answer every navigation under <c>{path}/</c>);</item>
/// <item>everything else under <c>{path}/</c> from the package's folder; the hashed <c>static/</c> files are cached for a
/// year, the rest revalidated on every load.</item>
/// </list>
/// Every answer under <c>{path}/</c> carries <see cref="ContentSecurityPolicy"/>: the IDE loads, fetches and runs workers
/// from the service's own origin only.
/// The files are read at run time from <c>graphql-ide/</c> beside the app (the build copies them there), or from the
/// folder in the <c>GraphQLIde:Directory</c> setting.
/// </summary>
public static class IdeEndpoints
{
    public const string DirectorySetting = "GraphQLIde:Directory";
    public const string DefaultFolder = "graphql-ide";

    /// <summary>
    /// Only the service's own origin. The IDE compiles its JSON schemas with <c>new Function</c> (ajv) and its
    /// components inject their styles as inline <c>&lt;style&gt;</c> elements, and its editor makes images and workers
    /// from data: and blob: URLs, so those are allowed; none of them loads anything from elsewhere.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string NoCache = "no-cache";
    private const string Immutable = "public, max-age=31536000, immutable";

    // Served as application/json, never inlined into HTML: no need to escape `+`, `<` and the like.
    private static readonly JsonSerializerOptions ConfigJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Adds the IDE's middleware, titled <paramref name="title"/> and opening on <paramref name="exampleDocument"/>;
    /// call it before mapping the GraphQL endpoint at the same <paramref name="path"/>.
    /// </summary>
    public static WebApplication UseGraphQLIde(this WebApplication app, string path, string title, string exampleDocument)
    {
        var directory = app.Configuration[DirectorySetting] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, app.Environment.ContentRootPath)
            : Path.Combine(AppContext.BaseDirectory, DefaultFolder);
        var index = Path.Combine(directory, "index.html");
        if (!File.Exists(index))
        {
            app.Logger.LogWarning(
                "The GraphQL IDE is not served: {Index} is missing (the build copies it from npm; set {Setting} to another folder).",
                index, DirectorySetting);
            return app;
        }

        var prefix = new PathString(path.TrimEnd('/'));
        var root = prefix.Add("/");
        var configPath = prefix.Add("/bcp-config.json");
        var serviceWorkerPath = prefix.Add("/service-worker.js");
        var staticPath = prefix.Add("/static");
        var config = JsonSerializer.SerializeToUtf8Bytes(new
        {
            useBrowserUrlAsEndpoint = true,
            title,
            disableTelemetry = true,
            graphQLDocument = exampleDocument,
        }, ConfigJson);

        // Plain middleware, not endpoints: routing has already matched `{path}/` to the GraphQL endpoint (a trailing
        // slash is tolerated), and middleware still runs before the matched endpoint.
        app.Use(async (http, next) =>
        {
            var request = http.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            {
                await next(http);
                return;
            }

            var requestPath = request.Path;
            if (requestPath.StartsWithSegments(prefix) && requestPath != prefix)
            {
                http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            if (requestPath.Equals(prefix) && !request.QueryString.HasValue && AcceptsHtml(request))
            {
                http.Response.Headers.Vary = "Accept";
                http.Response.Redirect(request.PathBase.Add(root));
            }
            else if (requestPath.Equals(root))
            {
                http.Response.ContentType = "text/html; charset=utf-8";
                http.Response.Headers.CacheControl = NoCache;
                http.Response.ContentLength = new FileInfo(index).Length;
                if (HttpMethods.IsGet(request.Method))
                {
                    await http.Response.SendFileAsync(index, http.RequestAborted);
                }
            }
            else if (requestPath.Equals(configPath))
            {
                http.Response.ContentType = "application/json; charset=utf-8";
                http.Response.Headers.CacheControl = NoCache;
                http.Response.ContentLength = config.Length;
                if (HttpMethods.IsGet(request.Method))
                {
                    await http.Response.Body.WriteAsync(config, http.RequestAborted);
                }
            }
            else if (requestPath.Equals(serviceWorkerPath))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                http.Response.Headers.CacheControl = NoCache;
            }
            else
            {
                await next(http);
            }
        });

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(directory),
            RequestPath = prefix,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Path.StartsWithSegments(staticPath) ? Immutable : NoCache,
        });

        return app;
    }

    /// <summary>Whether Accept lists text/html with a quality above zero (a browser navigating).</summary>
    internal static bool AcceptsHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var values)
        && values.Any(v => string.Equals(v.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase) && (v.Quality ?? 1.0) > 0);
}
