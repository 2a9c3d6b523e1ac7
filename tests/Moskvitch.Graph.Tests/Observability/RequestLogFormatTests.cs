using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Observability;

/// <summary>The request log as the service process writes it: a timestamped line by default, a JSON object per line on request.</summary>
public sealed class RequestLogFormatTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheConsoleWritesOneJsonObjectPerRequestWhenAskedTo()
    {
        var port = ServiceProcess.FreePort();
        await using var service = ServiceProcess.Start(database.ConnectionString, new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Logging__Console__FormatterName"] = "json",
        });
        Assert.NotNull(await service.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        client.DefaultRequestHeaders.Add("X-Request-Id", "json-line-1");
        using var response = await client.PostAsJsonAsync("/graphql", new { query = "query JsonLogged { models(first: 2) { nodes { name } } }" });
        response.EnsureSuccessStatusCode();

        var line = await WaitForLineAsync(service, "json-line-1");
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("Moskvitch.Graph.Requests", root.GetProperty("Category").GetString());
        Assert.Equal("Information", root.GetProperty("LogLevel").GetString());
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("Timestamp").GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        var state = root.GetProperty("State");
        Assert.Equal("JsonLogged", state.GetProperty("Operation").GetString());
        Assert.Equal("200", state.GetProperty("Status").ToString());
        Assert.Equal("127.0.0.1", state.GetProperty("Client").GetString());
        Assert.True(int.Parse(state.GetProperty("Statements").ToString(), CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public async Task TheDefaultConsoleLineIsTimestampedAndStartUpIsShort()
    {
        var port = ServiceProcess.FreePort();
        await using var service = ServiceProcess.Start(database.ConnectionString, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });
        Assert.NotNull(await service.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        client.DefaultRequestHeaders.Add("X-Request-Id", "text-line-1");
        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ models(first: 1) { nodes { name } } }" });
        response.EnsureSuccessStatusCode();

        var line = await WaitForLineAsync(service, "text-line-1");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T[0-9:.]+Z info: Moskvitch\.Graph\.Requests\[1\] POST /graphql 200 in [0-9.]+ ms: operation anonymous \(query\), cost [0-9]+, [0-9]+ SQL statements, code OK, client 127\.0\.0\.1, request text-line-1", line);
        var headers = service.Stdout.Split('\n').Where(l => l.Contains(" info: ", StringComparison.Ordinal) || l.Contains(" warn: ", StringComparison.Ordinal)).ToList();
        Assert.All(headers, h => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z (info|warn): ", h));
        Assert.DoesNotContain("journal table", service.Stdout, StringComparison.Ordinal);
    }

    private static async Task<string> WaitForLineAsync(ServiceProcess service, string requestId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var lines = service.Stdout.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains("request " + requestId, StringComparison.Ordinal) || lines[i].Contains($"\"RequestId\":\"{requestId}\"", StringComparison.Ordinal))
                {
                    return lines[i].Trim();
                }
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"no log line for {requestId}:\n{service.Stdout}");
    }
}
