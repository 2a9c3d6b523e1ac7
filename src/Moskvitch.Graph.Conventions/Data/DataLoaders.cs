using System.Collections.Concurrent;

namespace Moskvitch.Graph.Conventions;

/// <summary>The batch loaders of one request, by name; registered as a scoped service.</summary>
public sealed class DataLoaders
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(object Field, object ParentType), object> _fields = [];

    /// <summary>
    /// What <paramref name="compute"/> works out for a field of the document under a parent type, once per request: a
    /// field that resolves for many parents has the same arguments and selection for each. Nothing is kept when it throws.
    /// </summary>
    public T PerField<T>(object field, object parentType, Func<T> compute)
        where T : class =>
        (T)_fields.GetOrAdd((field, parentType), static (_, compute) => compute(), compute);

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(
        string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch));
}
