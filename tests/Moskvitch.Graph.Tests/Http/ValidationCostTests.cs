using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using GraphQL.Validation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Conventions;
using Moskvitch.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>
/// Every document under the request limits validates within a bounded budget: the worst shapes of
/// <see cref="HostileDocuments"/>, sent over HTTP, each validate allocating at most 5 MB on the validating thread (the
/// service's own validator, measured around its call), and are answered with a code, not a misleading one. Times are
/// written out here and measured in bench.
/// </summary>
public sealed class ValidationCostTests(ValidationCostTests.MeasuredApiFixture api, ITestOutputHelper output) : IClassFixture<ValidationCostTests.MeasuredApiFixture>
{
    private const long MaxAllocatedBytes = 5 * 1024 * 1024;

    public static TheoryData<string> Shapes() => [.. HostileDocuments.All().Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task ValidatesAllocatingAtMostFiveMegabytes(string shape)
    {
        var document = HostileDocuments.All().Single(d => d.Name == shape).Document;
        Assert.True(document.Length <= 32 * 1024, $"{document.Length} characters");
        var measured = api.Services.GetRequiredService<MeasuringValidator>();

        // The first run warms up what is built once per schema; the second is measured.
        await SendAsync(document);
        measured.Clear();
        var (status, codes) = await SendAsync(document);

        var runs = measured.Runs;
        var run = Assert.Single(runs);
        output.WriteLine($"VALIDATION|{shape}|{document.Length} chars|{status}|{string.Join(',', codes)}|{run.Elapsed.TotalMilliseconds:F1} ms|{run.AllocatedBytes / 1024} KB");
        Assert.True(run.Synchronous, "validation completed on another thread: its allocations were not measured");
        Assert.True(run.AllocatedBytes <= MaxAllocatedBytes, $"{shape}: validation allocated {run.AllocatedBytes / 1024} KB");
        Assert.DoesNotContain("HC0086", codes.Where(_ => !shape.StartsWith("introspection", StringComparison.Ordinal)));
        Assert.DoesNotContain("UNEXPECTED_ERROR", codes);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(23)]
    [InlineData(60)]
    public async Task FragmentsThatMultiplyBeyondTheFieldLimitAreRefusedWithMaxFields(int levels)
    {
        var (status, codes) = await SendAsync(HostileDocuments.SpreadChain(levels, 2, "name"));
        Assert.Equal(400, status);
        Assert.Equal(["MAX_FIELDS"], codes);
    }

    [Fact]
    public async Task FragmentsWithinTheFieldLimitAfterExpansionStillRun()
    {
        // 2^7 = 128 copies of `name` once fragments are expanded, under the limit of 500: merged into one field.
        var (status, codes) = await SendAsync(HostileDocuments.SpreadChain(8, 2, "name"));
        Assert.Equal(200, status);
        Assert.Empty(codes);
    }

    private async Task<(int Status, List<string> Codes)> SendAsync(string document)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = document, operationName = document.StartsWith("query q ", StringComparison.Ordinal) ? "q" : null }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await api.Client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var codes = body.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!).ToList()
            : [];
        return ((int)response.StatusCode, codes);
    }

    /// <summary>The service with its document validator measured: allocations on the validating thread and time, per call.</summary>
    public sealed class MeasuredApiFixture : UnmeteredApiFixture
    {
        public IServiceProvider Services => Factory.Services;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:Limits:DocumentCacheCharacters", "0");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(sp => new MeasuringValidator(new BoundedDocumentValidator(sp.GetRequiredService<GraphQLLimits>())));
                services.AddSingleton<IDocumentValidator>(sp => sp.GetRequiredService<MeasuringValidator>());
            });
        }
    }

    public sealed record Run(long AllocatedBytes, TimeSpan Elapsed, bool Synchronous);

    /// <summary>Runs the service's validator and records what each call allocated on its thread and how long it took.</summary>
    public sealed class MeasuringValidator(IDocumentValidator inner) : IDocumentValidator
    {
        private readonly List<Run> _runs = [];

        public IReadOnlyList<Run> Runs
        {
            get
            {
                lock (_runs)
                {
                    return [.. _runs];
                }
            }
        }

        public void Clear()
        {
            lock (_runs)
            {
                _runs.Clear();
            }
        }

        public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var result = inner.ValidateAsync(options);
            var elapsed = clock.Elapsed;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            lock (_runs)
            {
                _runs.Add(new Run(allocated, elapsed, result.IsCompleted));
            }

            return result;
        }
    }
}
