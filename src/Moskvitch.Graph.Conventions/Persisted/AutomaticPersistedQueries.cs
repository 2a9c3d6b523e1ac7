using GraphQL;
using GraphQL.DI;

namespace Moskvitch.Graph.Conventions.Persisted;

/// <summary>
/// Apollo's automatic persisted queries: <c>extensions.persistedQuery {version: 1, sha256Hash}</c>. A known hash (a
/// stored operation or one registered earlier) runs its text; an unknown hash without a query answers
/// <c>PersistedQueryNotFound</c> (<c>HC0020</c>); a query whose SHA-256 matches the hash is remembered (a bounded,
/// least-recently-used set) and the response says <c>extensions.persistedQuery.persisted: true</c>.
/// </summary>
public sealed class AutomaticPersistedQueries(PersistedOperations operations, int capacity = AutomaticPersistedQueries.DefaultCapacity) : IConfigureExecution
{
    public const int DefaultCapacity = 1000;
    public const string HashMismatchCode = ErrorCodes.PersistedQueryHashMismatch;
    public const string InvalidCode = ErrorCodes.PersistedQueryInvalid;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Hash, string Query)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Hash, string Query)> _recency = new();

    /// <summary>Runs before the persisted-document handler (200), which then sees an ordinary query.</summary>
    public float SortOrder => 150;

    /// <summary>How many registered queries are held.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Extensions?.TryGetValue("persistedQuery", out var value) != true)
        {
            return await next(options).ConfigureAwait(false);
        }

        if (value is not IDictionary<string, object?> persistedQuery
            || !IsVersion1(persistedQuery.TryGetValue("version", out var version) ? version : null)
            || !persistedQuery.TryGetValue("sha256Hash", out var hashValue)
            || hashValue is not string hash
            || !PersistedOperationHandler.IsSha256Hex(hash))
        {
            return Error(new ExecutionError("`extensions.persistedQuery` must be {\"version\": 1, \"sha256Hash\": \"<64 lowercase hex digits>\"}.") { Code = InvalidCode });
        }

        if (options.Query is null)
        {
            if (options.DocumentId is not null)
            {
                return await next(options).ConfigureAwait(false);
            }

            var stored = operations.Find(hash) ?? Get(hash);
            if (stored is null)
            {
                return Error(PersistedOperationHandler.NotFound());
            }

            options.Query = stored;
            return await next(options).ConfigureAwait(false);
        }

        if (!string.Equals(PersistedOperations.Hash(options.Query), hash, StringComparison.Ordinal))
        {
            return Error(new ExecutionError("The query's SHA-256 hash does not match `extensions.persistedQuery.sha256Hash`.") { Code = HashMismatchCode });
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Executed)
        {
            // Only a document that parsed and validated is worth remembering.
            if (operations.Find(hash) is null)
            {
                Add(hash, options.Query);
            }

            result.Extensions ??= [];
            result.Extensions["persistedQuery"] = new Dictionary<string, object?> { ["sha256Hash"] = hash, ["persisted"] = true };
        }

        return result;
    }

    private static bool IsVersion1(object? version) => version switch
    {
        int i => i == 1,
        long l => l == 1,
        decimal d => d == 1,
        double d => d == 1,
        System.Numerics.BigInteger b => b == 1,
        _ => false,
    };

    private static ExecutionResult Error(ExecutionError error) => new(error) { Executed = false };

    private string? Get(string hash)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(hash, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Query;
        }
    }

    private void Add(string hash, string query)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(hash, out var existing))
            {
                _recency.Remove(existing);
                _recency.AddFirst(existing);
                return;
            }

            _entries[hash] = _recency.AddFirst((hash, query));
            while (_entries.Count > capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Hash);
            }
        }
    }
}
