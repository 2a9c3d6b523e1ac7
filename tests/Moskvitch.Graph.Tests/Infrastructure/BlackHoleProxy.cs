using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>
/// A loopback TCP proxy in front of a PostgreSQL server that can turn into a network black-hole: packets dropped, no
/// RST, no FIN. Forwarding, it passes bytes both ways. Black-holed (<see cref="BlackHole"/>), every open connection
/// goes dead: what either side sends is read and thrown away and no socket is closed, so the client sees a peer that
/// never answers; new connections are accepted but never reach the server. <see cref="Restore"/> forwards new
/// connections again; the dead ones stay dead (as after a black-hole long enough for TCP to give up), and the client
/// has to discard them itself.
/// </summary>
public sealed class BlackHoleProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _upstreamHost;
    private readonly int _upstreamPort;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Link> _links = [];
    private readonly Task _accepting;
    private volatile bool _blackHoled;
    private int _accepted;
    private int _swallowed;

    /// <summary>Starts forwarding to the host and port of <paramref name="upstreamConnectionString"/>.</summary>
    public BlackHoleProxy(string upstreamConnectionString)
    {
        var upstream = new NpgsqlConnectionStringBuilder(upstreamConnectionString);
        _upstreamHost = upstream.Host ?? "localhost";
        _upstreamPort = upstream.Port;
        _listener.Start();
        _accepting = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections accepted so far.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>Connections accepted while black-holed (they never reached the server).</summary>
    public int Swallowed => Volatile.Read(ref _swallowed);

    /// <summary>Connections that reached the server and have not ended.</summary>
    public int Forwarding
    {
        get
        {
            lock (_links)
            {
                return _links.Count(l => !l.Dead && !l.Ended);
            }
        }
    }

    /// <summary>Black-holed connections the client has not closed yet.</summary>
    public int DeadOpen
    {
        get
        {
            lock (_links)
            {
                return _links.Count(l => l.Dead && !l.Ended);
            }
        }
    }

    /// <summary>The connection string with its host and port replaced by the proxy's.</summary>
    public string Redirect(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = Port }.ConnectionString;

    /// <summary>Stops forwarding in both directions, on open connections and on new ones; closes nothing.</summary>
    public void BlackHole()
    {
        _blackHoled = true;
        lock (_links)
        {
            foreach (var link in _links)
            {
                link.Dead = true;
            }
        }
    }

    /// <summary>Forwards new connections again; connections open during the black-hole stay dead.</summary>
    public void Restore() => _blackHoled = false;

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            Interlocked.Increment(ref _accepted);
            var link = new Link(client);
            lock (_links)
            {
                _links.RemoveAll(l => l.Ended);
                _links.Add(link);
                link.Dead = _blackHoled;
            }

            _ = Task.Run(() => RunAsync(link));
        }
    }

    private async Task RunAsync(Link link)
    {
        if (link.Dead)
        {
            // Accepted, never forwarded: the client's startup packet goes nowhere and nothing comes back.
            Interlocked.Increment(ref _swallowed);
            await PumpAsync(link, link.Client, null);
            return;
        }

        try
        {
            await link.Upstream.ConnectAsync(_upstreamHost, _upstreamPort, _stopping.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            link.Close();
            return;
        }

        await Task.WhenAll(PumpAsync(link, link.Client, link.Upstream), PumpAsync(link, link.Upstream, link.Client));
    }

    /// <summary>
    /// Copies <paramref name="from"/> to <paramref name="to"/> while the link is alive, and reads and drops once it is
    /// dead. An end of stream is passed on only while alive: a black-hole lets no FIN through either.
    /// </summary>
    private async Task PumpAsync(Link link, Socket from, Socket? to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stopping.Token);
                if (read == 0)
                {
                    if (!link.Dead || from == link.Client)
                    {
                        // The client hung up (or, alive, either side did): nothing is left to black-hole.
                        link.Close();
                    }

                    return;
                }

                if (!link.Dead && to is not null)
                {
                    await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stopping.Token);
                }
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            if (!link.Dead)
            {
                link.Close();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _accepting;
        lock (_links)
        {
            foreach (var link in _links)
            {
                link.Close();
            }
        }

        _stopping.Dispose();
    }

    private sealed class Link(Socket client)
    {
        public Socket Client { get; } = client;

        public Socket Upstream { get; } = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        public volatile bool Dead;

        public bool Ended { get; private set; }

        public void Close()
        {
            lock (this)
            {
                if (Ended)
                {
                    return;
                }

                Ended = true;
            }

            Client.Dispose();
            Upstream.Dispose();
        }
    }
}
