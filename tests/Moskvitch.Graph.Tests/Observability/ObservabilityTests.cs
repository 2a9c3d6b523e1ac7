using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Moskvitch.Graph.Tests.Observability;

/// <summary>
/// What an operator sees: request ids on every response and error, a Prometheus scrape whose counters move, a span per
/// GraphQL operation with the Npgsql spans under it, and one log line per request — none of them carrying the
/// document's text or a variable's value.
/// </summary>
public sealed partial class ObservabilityTests(ObservedApiFixture api) : IClassFixture<ObservedApiFixture>
{
    private const string Secret = "Zq9-not-a-model-name";

    [Fact]
    public async Task EveryResponseAndEveryErrorCarriesTheRequestId()
    {
        using var ok = await SendAsync("query IdProbe { models(first: 1) { nodes { name } } }");
        var id = Assert.Single(ok.Headers.GetValues("X-Request-Id"));
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Matches("^00-" + id + "-[0-9a-f]{16}-[0-9a-f]{2}$", Assert.Single(ok.Headers.GetValues("traceparent")));

        using var invalid = await SendAsync("{ models(first: 1) { nodes { noSuchField } } }");
        var body = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement;
        var requestId = Assert.Single(invalid.Headers.GetValues("X-Request-Id"));
        Assert.All(body.GetProperty("errors").EnumerateArray(), e => Assert.Equal(requestId, e.GetProperty("extensions").GetProperty("requestId").GetString()));
        Assert.NotEqual(id, requestId);

        using var malformed = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{not json", Encoding.UTF8, "application/json") };
        using var refused = await api.Client.SendAsync(malformed);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusal = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(Assert.Single(refused.Headers.GetValues("X-Request-Id")),
            refusal.GetProperty("errors")[0].GetProperty("extensions").GetProperty("requestId").GetString());
    }

    [Theory]
    [InlineData("client-42.a_b:c", "client-42.a_b:c")]
    [InlineData("has space", null)]
    [InlineData("<script>", null)]
    public async Task AClientsPlainRequestIdIsKeptAndAnythingElseReplaced(string given, string? kept)
    {
        using var response = await SendAsync("{ models(first: 1) { nodes { name } } }", requestId: given);
        var id = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        if (kept is null)
        {
            Assert.Matches("^[0-9a-f]{32}$", id);
        }
        else
        {
            Assert.Equal(kept, id);
        }
    }

    [Fact]
    public async Task AnIncomingTraceparentIsContinued()
    {
        const string Trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var response = await SendAsync("query Continued { models(first: 1) { nodes { name } } }", traceparent: $"00-{Trace}-00f067aa0ba902b7-01");
        Assert.Equal(Trace, Assert.Single(response.Headers.GetValues("X-Request-Id")));
        Assert.StartsWith($"00-{Trace}-", Assert.Single(response.Headers.GetValues("traceparent")), StringComparison.Ordinal);
        var operation = await SpanAsync(s => s.DisplayName == "query Continued");
        Assert.Equal(Trace, operation.TraceId.ToHexString());
    }

    [Fact]
    public async Task TheOperationSpanHasItsFactsAndTheNpgsqlSpansUnderIt()
    {
        using var response = await SendAsync(
            "query TracedModels($name: String) { models(first: 3, where: { name: { contains: $name } }) { totalCount nodes { name maker { name } } } }",
            new { name = Secret });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var operation = await SpanAsync(s => s.DisplayName == "query TracedModels");
        Assert.Equal("Moskvitch.Graph", operation.Source.Name);
        Assert.Equal("TracedModels", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal("OK", operation.GetTagItem("moskvitch.graphql.code"));
        Assert.True(Convert.ToDouble(operation.GetTagItem("moskvitch.graphql.cost"), CultureInfo.InvariantCulture) >= 1);
        var statements = Convert.ToInt32(operation.GetTagItem("moskvitch.graphql.sql_statements"), CultureInfo.InvariantCulture);
        Assert.True(statements >= 2, $"{statements} statements");

        // The HTTP request's span above it, the Npgsql spans (one per statement) below it.
        var spans = api.FinishedSpans();
        Assert.Contains(spans, s => s.SpanId == operation.ParentSpanId && s.Source.Name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        var database = await WaitAsync(() => api.FinishedSpans().Where(s => s.ParentSpanId == operation.SpanId && s.Source.Name == "Npgsql").ToList(),
            found => found.Count >= statements);
        Assert.Equal(statements, database.Count);

        // No span says what the client asked for: neither the variable's value nor the document.
        foreach (var span in api.FinishedSpans().Where(s => s.TraceId == operation.TraceId))
        {
            foreach (var (key, value) in span.TagObjects)
            {
                var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
                Assert.DoesNotContain("TracedModels($name", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task AFailedOperationsSpanSaysItsCode()
    {
        using var response = await SendAsync("query Failing { models(first: 2, after: \"bm90LWEtY3Vyc29y\") { nodes { name } } }");
        var operation = await SpanAsync(s => s.DisplayName == "query Failing");
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
        Assert.Equal("HC0078", operation.GetTagItem("moskvitch.graphql.code"));
    }

    [Fact]
    public async Task AScrapeOfMetricsShowsTheCountersMove()
    {
        var before = Sample(await ScrapeAsync(), "moskvitch_graphql_requests_total", "MetricsProbe");
        for (var i = 0; i < 3; i++)
        {
            using var response = await SendAsync("query MetricsProbe { models(first: 2) { totalCount nodes { name } } }");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var text = await WaitAsync(async () => await ScrapeAsync(), t => Sample(t, "moskvitch_graphql_requests_total", "MetricsProbe") >= before + 3);
        Assert.Equal(before + 3, Sample(text, "moskvitch_graphql_requests_total", "MetricsProbe"));
        Assert.True(Sample(text, "moskvitch_graphql_request_duration_seconds_count", "MetricsProbe") >= 3);
        Assert.True(Sample(text, "moskvitch_graphql_cost_total", "MetricsProbe") >= 3);
        Assert.True(Sample(text, "moskvitch_graphql_sql_statements_total", "MetricsProbe") >= 3);

        // The same count twice in one snapshot: the second from the result cache.
        Assert.True(SampleWith(text, "moskvitch_result_cache_lookups_total", "outcome=\"hit\"") >= 1);

        // The pool (Npgsql's own instruments) and the runtime's. (ASP.NET Core's meter belongs to its host, and a metrics
        // provider takes an instrument name once per process: with several hosts in this test process, the first host's
        // wins, so this host's ASP.NET Core series cannot be asserted here.)
        Assert.Matches(new Regex("^db_client_connection_count[{ ]", RegexOptions.Multiline), text);
        Assert.Contains("dotnet_gc_heap_total_allocated_bytes_total", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);

        // Per-request meters that say nothing the service's own series do not are left out.
        Assert.DoesNotContain("aspnetcore_routing_", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aspnetcore_rate_limiting_", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aspnetcore_memory_pool_", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusalsAreCountedAndTheScrapeIsNotRateLimited()
    {
        var before = Sample(await ScrapeAsync(), "moskvitch_rate_limit_refusals_total", null);
        using var client = api.ClientFrom(IPAddress.Parse("127.0.0.3"));
        var refused = 0;
        for (var i = 0; i < 45; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent("""{"query":"query Budget { models(first: 1) { nodes { name } } }"}""", Encoding.UTF8, "application/json"),
            };
            using var response = await client.SendAsync(request);
            refused += response.StatusCode == HttpStatusCode.TooManyRequests ? 1 : 0;
        }

        Assert.True(refused >= 5, $"{refused} refused");
        using var scrape = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        var text = await WaitAsync(async () => await ScrapeAsync(), t => Sample(t, "moskvitch_rate_limit_refusals_total", null) >= before + refused);
        // At least these refusals: other services in this test process share the process's meter.
        Assert.True(Sample(text, "moskvitch_rate_limit_refusals_total", null) >= before + refused);
    }

    [Fact]
    public async Task EachRequestWritesOneLogLineWithItsFields()
    {
        const string Id = "log-probe-7";
        using var response = await SendAsync("query LoggedModels($name: String) { models(first: 2, where: { name: { contains: $name } }) { totalCount nodes { name } } }",
            new { name = Secret }, requestId: Id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = await WaitAsync(
            () => api.Logs.Entries.Where(e => e.Category == "Moskvitch.Graph.Requests" && Equals(e.Fields.GetValueOrDefault("RequestId"), Id)).ToList(),
            found => found.Count > 0);
        var line = Assert.Single(lines);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Information, line.Level);
        Assert.Equal("POST", line.Fields["Method"]);
        Assert.Equal("/graphql", line.Fields["Path"]);
        Assert.Equal(200, line.Fields["Status"]);
        Assert.Equal("LoggedModels", line.Fields["Operation"]);
        Assert.Equal("query", line.Fields["OperationType"]);
        Assert.True((double)line.Fields["DurationMs"]! > 0);
        Assert.True((double?)line.Fields["Cost"] >= 1);
        Assert.True((int)line.Fields["Statements"]! >= 2);
        Assert.Equal("127.0.0.1", line.Fields["Client"]);
        Assert.Equal("OK", line.Fields["Code"]);
        Assert.DoesNotContain(Secret, line.Message, StringComparison.Ordinal);

        // Health probes are not logged.
        using var health = await api.Client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var probeId = Assert.Single(health.Headers.GetValues("X-Request-Id"));
        await Task.Delay(200);
        Assert.DoesNotContain(api.Logs.Entries, e => e.Category == "Moskvitch.Graph.Requests" && Equals(e.Fields.GetValueOrDefault("RequestId"), probeId));
    }

    private async Task<HttpResponseMessage> SendAsync(string query, object? variables = null, string? requestId = null, string? traceparent = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (requestId is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Request-Id", requestId);
        }

        if (traceparent is not null)
        {
            request.Headers.TryAddWithoutValidation("traceparent", traceparent);
        }

        using (request)
        {
            return await api.Client.SendAsync(request);
        }
    }

    private async Task<string> ScrapeAsync()
    {
        // The exporter keeps a scrape's text for 300 ms.
        await Task.Delay(350);
        using var response = await api.Client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of a metric's samples, over the series of one operation name (or all series).</summary>
    private static double Sample(string text, string metric, string? operation) =>
        SampleWith(text, metric, operation is null ? null : $"graphql_operation_name=\"{operation}\"");

    /// <summary>The sum of a metric's samples, over the series whose labels contain <paramref name="label"/> (or all).</summary>
    private static double SampleWith(string text, string metric, string? label) =>
        text.Split('\n')
            .Where(l => l.StartsWith(metric + "{", StringComparison.Ordinal) || l.StartsWith(metric + " ", StringComparison.Ordinal))
            .Where(l => label is null || l.Contains(label, StringComparison.Ordinal))
            .Sum(l => double.Parse(SampleValue().Match(l).Groups[1].Value, CultureInfo.InvariantCulture));

    private async Task<Activity> SpanAsync(Func<Activity, bool> match) =>
        (await WaitAsync(() => api.FinishedSpans().Where(match).ToList(), found => found.Count > 0))[0];

    private static async Task<T> WaitAsync<T>(Func<T> read, Func<T, bool> done) => await WaitAsync(() => Task.FromResult(read()), done);

    private static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                return value;
            }

            await Task.Delay(50);
        }
    }

    [GeneratedRegex(@"\s([-+0-9.eE]+|NaN|\+Inf)(\s+\d+)?\s*$")]
    private static partial Regex SampleValue();
}
