using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;

namespace Moskvitch.Graph.Api.Hosting;

/// <summary>
/// Where the service listens: wherever ASP.NET Core's own settings say (<c>ASPNETCORE_URLS</c>, <c>URLS</c>,
/// <c>--urls</c>, <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c>, <c>Kestrel:Endpoints</c>), else
/// <c>http://localhost:5000</c>; and the one line printed when that port is taken.
/// </summary>
public static partial class ServiceAddress
{
    public const string DefaultUrl = "http://localhost:5000";

    /// <summary>
    /// Whether configuration chooses an address: <c>urls</c>, <c>http_ports</c> or <c>https_ports</c> (from the
    /// variables with or without the <c>ASPNETCORE_</c> prefix, the command line or a settings file) or an endpoint
    /// under <c>Kestrel:Endpoints</c>.
    /// </summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();

    /// <summary>Listens on <see cref="DefaultUrl"/> when configuration chooses no address.</summary>
    public static WebApplicationBuilder UseDefaultAddressWhenUnset(this WebApplicationBuilder builder)
    {
        if (!IsConfigured(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }

    /// <summary>Whether the server could not start because its address is taken.</summary>
    public static bool IsAddressInUse(Exception exception) =>
        exception is IOException { InnerException: AddressInUseException };

    /// <summary>
    /// One line for an address in use: the port, the address, and how to choose another. Kestrel names the address in
    /// its message ("Failed to bind to address http://127.0.0.1:5000: address already in use."); the configured
    /// addresses stand in when it does not.
    /// </summary>
    public static string AddressInUseMessage(Exception exception, IEnumerable<string> configured)
    {
        var address = KestrelAddress().Match(exception.Message) is { Success: true } match
            ? match.Value
            : configured.FirstOrDefault() ?? DefaultUrl;
        var port = TryPort(address);
        var other = port is > 0 and < 65535 ? port.Value + 1 : 5001;
        var which = port is null ? "The address" : string.Create(CultureInfo.InvariantCulture, $"Port {port}");
        return string.Create(CultureInfo.InvariantCulture,
            $"{which} is already in use ({address}): stop what listens there or choose another address, e.g. ASPNETCORE_URLS=http://localhost:{other} or --urls http://localhost:{other} (ASPNETCORE_HTTP_PORTS={other} for every interface).");
    }

    private static int? TryPort(string address)
    {
        try
        {
            return BindingAddress.Parse(address).Port;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"[a-z][a-z0-9+.-]*://\S+?(?=:?(\s|$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KestrelAddress();
}
