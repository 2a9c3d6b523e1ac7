using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Moskvitch.Graph.Api.Database;

public static class StartupBanner
{
    /// <summary>Prints where the GraphQL endpoint listens once the server has started.</summary>
    public static WebApplication PrintGraphQLAddress(this WebApplication app, string path)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                Console.WriteLine($"Moskvitch Graph is ready: {address.TrimEnd('/')}{path}");
            }
        });
        return app;
    }
}
