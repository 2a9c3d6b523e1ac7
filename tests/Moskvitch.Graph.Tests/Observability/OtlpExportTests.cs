using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Observability;

/// <summary>
/// The service process with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set exports its traces, metrics and logs there (OTLP over
/// HTTP with protobuf, to a receiver in the test that records what arrives).
/// </summary>
public sealed class OtlpExportTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TracesMetricsAndLogsReachTheCollector()
    {
        var received = new ConcurrentQueue<(string Path, string ContentType, byte[] Body)>();
        var receiverPort = ServiceProcess.FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{receiverPort}/");
        listener.Start();
        using var stop = new CancellationTokenSource();
        var receiving = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync().WaitAsync(stop.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                received.Enqueue((context.Request.Url!.AbsolutePath, context.Request.ContentType ?? "", body.ToArray()));
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        });

        var port = ServiceProcess.FreePort();
        await using (var service = ServiceProcess.Start(database.ConnectionString, new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{receiverPort}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        }))
        {
            Assert.NotNull(await service.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)));
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            using var response = await client.PostAsJsonAsync("/graphql", new { query = "query ExportedOperation { models(first: 2) { nodes { name } } }" });
            response.EnsureSuccessStatusCode();
            Assert.True(response.Headers.Contains("traceparent"), "tracing is on when an OTLP endpoint is set");

            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < deadline && !(Has("/v1/traces", "ExportedOperation") && Has("/v1/metrics", "moskvitch.graphql.requests") && Has("/v1/logs", "ExportedOperation")))
            {
                await Task.Delay(200);
            }
        }

        await stop.CancelAsync();
        listener.Stop();
        await receiving;

        Assert.True(Has("/v1/traces", "ExportedOperation"), Paths());
        Assert.True(Has("/v1/traces", "Npgsql"), "the Npgsql spans are exported with the operation's");
        Assert.True(Has("/v1/metrics", "moskvitch.graphql.requests"), Paths());
        Assert.True(Has("/v1/logs", "ExportedOperation"), Paths());
        Assert.All(received, r => Assert.Equal("application/x-protobuf", r.ContentType));

        bool Has(string path, string text) =>
            received.Any(r => r.Path == path && Encoding.UTF8.GetString(r.Body).Contains(text, StringComparison.Ordinal));

        string Paths() => "received: " + string.Join(", ", received.Select(r => $"{r.Path} ({r.Body.Length} bytes)"));
    }
}
