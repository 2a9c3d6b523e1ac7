using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>The service on real Kestrel with a 2-second header timeout (10 s by default), for the tests that need it short.</summary>
public sealed class KestrelLimitsFixture : KestrelApiFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("GraphQL:Limits:RequestHeadersTimeoutSeconds", "2");
}

/// <summary>
/// Kestrel's own limits, over a real socket (the in-process test server applies none of them): request line (414),
/// headers (431), body (413), slow headers (header timeout) and slow bodies (minimum data rate, 408). Each is answered
/// quickly and the next normal request is served.
/// </summary>
public sealed class KestrelLimitTests(KestrelLimitsFixture api, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<KestrelLimitsFixture>
{
    [Fact]
    public async Task AUrlOverTheRequestLineLimitIs414()
    {
        var request = "GET /graphql?query=" + new string('a', 100_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
        var (status, elapsed) = await RawAsync(Encoding.ASCII.GetBytes(request));
        output.WriteLine($"HOSTILE|4.4 100 KB URL|{status}|{elapsed} ms");
        Assert.Equal(414, status);
        Assert.True(elapsed < 1000, $"{elapsed} ms");
        await NextRequestWorksAsync();
    }

    [Fact]
    public async Task HeadersOverTheLimitAre431()
    {
        var request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nCookie: c=" + new string('a', 64 * 1024)
            + "\r\nContent-Type: application/json\r\nContent-Length: 26\r\n\r\n{\"query\":\"{ __typename }\"}";
        var (status, elapsed) = await RawAsync(Encoding.ASCII.GetBytes(request));
        output.WriteLine($"HOSTILE|4.4 64 KB Cookie|{status}|{elapsed} ms");
        Assert.Equal(431, status);
        Assert.True(elapsed < 1000, $"{elapsed} ms");
        await NextRequestWorksAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ABodyOverTheLimitIs413(bool withContentLength)
    {
        var body = "{\"query\":\"{ __typename " + new string(' ', 300 * 1024) + "}\"}";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        if (!withContentLength)
        {
            content.Headers.ContentLength = null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = withContentLength ? content : new ChunkedContent(content) };
        // With a Content-Length the 413 comes before the body is read; a client that sends the body at once may be
        // reset by the closing connection before it reads the answer. Expect: 100-continue waits for the answer first.
        request.Headers.ExpectContinue = withContentLength;
        var clock = Stopwatch.StartNew();
        using var response = await api.Client.SendAsync(request);
        output.WriteLine($"HOSTILE|4.3 300 KiB body (Content-Length: {withContentLength})|{(int)response.StatusCode}|{clock.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("REQUEST_TOO_LARGE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"{clock.ElapsedMilliseconds} ms");
        await NextRequestWorksAsync();
    }

    [Fact]
    public async Task AClientTricklingHeadersIsCutOffAtTheHeaderTimeout()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(new Uri(api.BaseAddress).Host, new Uri(api.BaseAddress).Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /graphql HTTP/1.1\r\nHost: localhost\r\nX-Slow: "));
        var clock = Stopwatch.StartNew();
        var closed = false;
        var trickle = Task.Run(async () =>
        {
            // One byte every 200 ms, never ending the headers, until the server gives up.
            try
            {
                while (!closed && clock.Elapsed < TimeSpan.FromSeconds(20))
                {
                    await stream.WriteAsync("a"u8.ToArray());
                    await Task.Delay(200);
                }
            }
            catch (IOException)
            {
            }
        });

        var response = await ReadResponseAsync(stream, TimeSpan.FromSeconds(20));
        closed = true;
        var elapsed = clock.ElapsedMilliseconds;
        await trickle;

        output.WriteLine($"HOSTILE|4.19a headers trickled|{response.Status?.ToString() ?? "closed"}|{elapsed} ms");
        // Kestrel answers 408 (or just closes) once the 2 s header timeout passes; its timer ticks once a second.
        Assert.True(response.Status is 408 or null, $"status {response.Status}");
        Assert.InRange(elapsed, 1500, 5000);
        await NextRequestWorksAsync();
    }

    [Fact]
    public async Task ABodyTrickledBelowTheMinimumRateEndsWith408()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(new Uri(api.BaseAddress).Host, new Uri(api.BaseAddress).Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200000\r\n\r\n{\"query\":\"{ __typename "));
        var clock = Stopwatch.StartNew();
        var closed = false;
        var trickle = Task.Run(async () =>
        {
            try
            {
                while (!closed && clock.Elapsed < TimeSpan.FromSeconds(30))
                {
                    await stream.WriteAsync(" "u8.ToArray());
                    await Task.Delay(100);
                }
            }
            catch (IOException)
            {
            }
        });

        var response = await ReadResponseAsync(stream, TimeSpan.FromSeconds(30));
        closed = true;
        var elapsed = clock.ElapsedMilliseconds;
        await trickle;

        output.WriteLine($"HOSTILE|4.19b body trickled|{response.Status?.ToString() ?? "closed"}|{elapsed} ms");
        // 10 B/s is below Kestrel's 240 B/s minimum, enforced after a 5 s grace period.
        Assert.True(response.Status is 408 or null, $"status {response.Status}");
        Assert.InRange(elapsed, 4500, 9000);
        await NextRequestWorksAsync();
    }

    [Fact]
    public async Task FiftySlowClientsDoNotHoldUpANormalRequest()
    {
        var host = new Uri(api.BaseAddress);
        var slow = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 50; i++)
            {
                var client = new TcpClient();
                await client.ConnectAsync(host.Host, host.Port);
                await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes("POST /graphql HTTP/1.1\r\nHost: localhost\r\nX-Slow: a"));
                slow.Add(client);
            }

            var clock = Stopwatch.StartNew();
            await NextRequestWorksAsync();
            output.WriteLine($"HOSTILE|4.19 normal request beside 50 slow clients|200|{clock.ElapsedMilliseconds} ms");
            Assert.True(clock.ElapsedMilliseconds < 1000, $"{clock.ElapsedMilliseconds} ms");
        }
        finally
        {
            foreach (var client in slow)
            {
                client.Dispose();
            }
        }
    }

    private async Task<(int? Status, long Milliseconds)> RawAsync(byte[] request)
    {
        var host = new Uri(api.BaseAddress);
        using var client = new TcpClient();
        await client.ConnectAsync(host.Host, host.Port);
        var stream = client.GetStream();
        var clock = Stopwatch.StartNew();
        try
        {
            await stream.WriteAsync(request);
        }
        catch (IOException)
        {
            // The server may answer and close before it has read everything.
        }

        var response = await ReadResponseAsync(stream, TimeSpan.FromSeconds(10));
        return (response.Status, clock.ElapsedMilliseconds);
    }

    /// <summary>Reads until the status line has arrived or the server closes; the status, or null if it closed without one.</summary>
    private static async Task<(int? Status, string Text)> ReadResponseAsync(NetworkStream stream, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var text = new StringBuilder();
        var buffer = new byte[4096];
        try
        {
            while (!text.ToString().Contains("\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, cancel.Token);
                if (read == 0)
                {
                    break;
                }

                text.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
        }
        catch (IOException)
        {
        }

        var line = text.ToString();
        return line.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(line.AsSpan(9, 3), out var status)
            ? (status, line)
            : (null, line);
    }

    private async Task NextRequestWorksAsync()
    {
        using var response = await api.Client.PostAsync("/graphql", new StringContent(
            JsonSerializer.Serialize(new { query = "{ model(slug: \"moskvitch-412\") { name } }" }), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Moskvitch 412", body, StringComparison.Ordinal);
    }
}
