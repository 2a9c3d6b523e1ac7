using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>
/// The service over its own cloned database, like <see cref="ApiFixture"/>, but on real Kestrel at a dynamic loopback
/// port, for clients outside the process (a browser, Node) and for plain HTTP over a socket.
/// </summary>
public class KestrelApiFixture : DatabaseFixture
{
    private Factory? _factory;

    /// <summary>The server's address without a trailing slash, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseAddress { get; private set; } = "";

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>A client over real HTTP that does not follow redirects.</summary>
    public HttpClient Client { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // A subclass, not WithWebHostBuilder: a derived factory builds its host through the parent's CreateHost,
        // which ignores the derived factory's UseKestrel port and would bind the default localhost:5000.
        var factory = new Factory(ConnectionString, ConfigureWebHost);
        factory.UseKestrel(0);
        factory.StartServer();
        _factory = factory;

        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        BaseAddress = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/');
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false })
        {
            BaseAddress = new Uri(BaseAddress),
        };
    }

    /// <summary>A client over real HTTP whose connections come from <paramref name="address"/> (another client, as the rate limits see it; any 127.x address is loopback).</summary>
    public HttpClient ClientFrom(System.Net.IPAddress address) => new(new SocketsHttpHandler
    {
        UseProxy = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new System.Net.IPEndPoint(address, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = new Uri(BaseAddress) };

    /// <summary>Settings of a subclass's own (e.g. tighter limits).</summary>
    protected virtual void ConfigureWebHost(IWebHostBuilder builder)
    {
    }

    public override async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    private sealed class Factory(string connectionString, Action<IWebHostBuilder> configure) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Moskvitch", connectionString);
            configure(builder);
        }
    }
}
