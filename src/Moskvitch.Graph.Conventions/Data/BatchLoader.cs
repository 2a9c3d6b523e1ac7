using GraphQL.DataLoader;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// A per-request batch loader on GraphQL.NET's DataLoader hook: resolvers queue keys with <see cref="Load"/>; when the
/// execution strategy asks for the first result, every queued key is fetched with one call of the fetch function
/// (one SQL statement), and the results are cached for the rest of the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly List<TKey> _pending = [];
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> _batches = [];

    /// <summary>Queues <paramref name="key"/>; the value is <c>default</c> when the fetch returns none for it.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_lock)
        {
            if (!_batches.ContainsKey(key) && !_pending.Contains(key))
            {
                _pending.Add(key);
            }
        }

        return new Result(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<TKey, TValue>> batch;
        lock (_lock)
        {
            if (_pending.Count > 0)
            {
                var keys = _pending.ToArray();
                _pending.Clear();
                var task = fetch(keys, cancellationToken);
                foreach (var k in keys)
                {
                    _batches[k] = task;
                }
            }

            batch = _batches[key];
        }

        var values = await batch.ConfigureAwait(false);
        return values.TryGetValue(key, out var value) ? value : default;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
