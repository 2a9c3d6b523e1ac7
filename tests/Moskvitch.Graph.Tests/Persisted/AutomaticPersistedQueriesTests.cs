using GraphQL;
using Moskvitch.Graph.Conventions;
using Moskvitch.Graph.Conventions.Persisted;

namespace Moskvitch.Graph.Tests.Persisted;

/// <summary>The APQ store in isolation: bounded, least recently used first out; malformed extensions refused.</summary>
public sealed class AutomaticPersistedQueriesTests
{
    private static readonly PersistedOperations NoOperations = new([]);

    [Fact]
    public async Task TheStoreIsBoundedAndEvictsTheLeastRecentlyUsed()
    {
        var apq = new AutomaticPersistedQueries(NoOperations, capacity: 2);
        await RegisterAsync(apq, "{ a }");
        await RegisterAsync(apq, "{ b }");
        Assert.Equal("{ a }", await RunByHashAsync(apq, "{ a }")); // a is now the most recently used
        await RegisterAsync(apq, "{ c }");

        Assert.Equal(2, apq.Count);
        Assert.Equal("{ a }", await RunByHashAsync(apq, "{ a }"));
        Assert.Equal("{ c }", await RunByHashAsync(apq, "{ c }"));
        Assert.Null(await RunByHashAsync(apq, "{ b }"));
    }

    [Fact]
    public async Task AFailedDocumentIsNotRemembered()
    {
        var apq = new AutomaticPersistedQueries(NoOperations);
        var options = Options("{ broken", PersistedOperations.Hash("{ broken"));
        await apq.ExecuteAsync(options, _ => Task.FromResult(new ExecutionResult { Executed = false }));
        Assert.Equal(0, apq.Count);
        Assert.Null(await RunByHashAsync(apq, "{ broken"));
    }

    [Theory]
    [InlineData(2, "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(1, "ABCDEF0000000000000000000000000000000000000000000000000000000000")]
    [InlineData(1, "abc")]
    public async Task MalformedPersistedQueryExtensionsAreRefused(int version, string hash)
    {
        var apq = new AutomaticPersistedQueries(NoOperations);
        var options = Options(null, hash, version);
        var result = await apq.ExecuteAsync(options, _ => throw new InvalidOperationException("Must not run."));
        Assert.False(result.Executed);
        Assert.Equal(ErrorCodes.PersistedQueryInvalid, Assert.Single(result.Errors!).Code);
    }

    private static ExecutionOptions Options(string? query, string hash, int version = 1) => new()
    {
        Query = query,
        Extensions = new Inputs(new Dictionary<string, object?>
        {
            ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = version, ["sha256Hash"] = hash },
        }),
    };

    private static async Task RegisterAsync(AutomaticPersistedQueries apq, string query)
    {
        var result = await apq.ExecuteAsync(Options(query, PersistedOperations.Hash(query)), _ => Task.FromResult(new ExecutionResult { Executed = true }));
        Assert.True(result.Executed);
    }

    /// <summary>The query the store supplies for the hash of <paramref name="query"/>, or null when it has none.</summary>
    private static async Task<string?> RunByHashAsync(AutomaticPersistedQueries apq, string query)
    {
        string? ran = null;
        var result = await apq.ExecuteAsync(Options(null, PersistedOperations.Hash(query)), o =>
        {
            ran = o.Query;
            return Task.FromResult(new ExecutionResult { Executed = true });
        });
        if (ran is null)
        {
            Assert.Equal(ErrorCodes.PersistedOperationNotFound, Assert.Single(result.Errors!).Code);
        }

        return ran;
    }
}
