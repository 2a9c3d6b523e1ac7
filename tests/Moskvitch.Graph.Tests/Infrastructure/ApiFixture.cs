using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>The service over its own cloned database, reached over HTTP (the in-process test server).</summary>
public class ApiFixture : DatabaseFixture
{
    private WebApplicationFactory<Program>? _factory;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not initialized.");

    public HttpClient Client { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Moskvitch", ConnectionString);
            ConfigureWebHost(b);
        });
        Client = _factory.CreateClient();
    }

    protected virtual void ConfigureWebHost(IWebHostBuilder builder)
    {
    }

    public override async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>POSTs a GraphQL request and returns the parsed JSON response (asserting HTTP 200).</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await PostAsync(query, variables);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>POSTs a GraphQL request, asserts it has no errors and returns its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var root = await QueryAsync(query, variables);
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root.GetProperty("data");
    }

    public Task<HttpResponseMessage> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return Client.SendAsync(request);
    }
}

/// <summary>
/// The service with a cost budget far above the default (10^9) and a client budget to match, for tests that measure SQL
/// statements over deliberately large fan-outs that the default budget (10,000) refuses.
/// </summary>
public class UnmeteredApiFixture : ApiFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GraphQL:Limits:MaxFieldCost", "1000000000");
        builder.UseSetting("GraphQL:Limits:MaxTypeCost", "1000000000");
        builder.UseSetting("RateLimits:PointsPerWindow", "1000000000");
    }
}

/// <summary>
/// <see cref="UnmeteredApiFixture"/> with every operation on GraphQL.NET's field execution (no direct statements), for
/// tests of the statements that path sends.
/// </summary>
public class FieldExecutionApiFixture : UnmeteredApiFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GraphQL:Limits:DirectExecution", "false");
    }
}
