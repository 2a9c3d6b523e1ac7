using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Conventions.Data;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// Batched reads for resolvers: every <c>Load…</c> call of one request with the same loader name is answered by one
/// SQL statement (<c>WHERE key = ANY(@keys)</c>, or <c>WHERE key = @key</c> for one) on its own short-lived DbContext. The batches keep a
/// <see cref="FieldScope"/>, never a resolve context.
/// </summary>
public static class Loaders
{
    /// <summary>
    /// Runs <paramref name="query"/> on a fresh DbContext, for a resolver that awaits it before it returns (work that
    /// runs later takes a <see cref="FieldScope"/> instead).
    /// </summary>
    public static Task<TResult> QueryAsync<TResult>(this IResolveFieldContext context, Func<DbContext, Task<TResult>> query) =>
        FieldScope.Of(context).QueryAsync(query);

    /// <summary>As <see cref="QueryAsync{TResult}(IResolveFieldContext, Func{DbContext, Task{TResult}})"/>, on the host's own DbContext type.</summary>
    public static Task<TResult> QueryAsync<TContext, TResult>(this IResolveFieldContext context, Func<TContext, Task<TResult>> query)
        where TContext : DbContext =>
        FieldScope.Of(context).QueryAsync(db => query((TContext)db));

    /// <summary>The entity with primary key <paramref name="id"/>, batched with its siblings; null for a null id.</summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, int? id)
        where T : class
    {
        if (id is not int key)
        {
            return new Completed<T?>(null);
        }

        var scope = FieldScope.Of(context);
        return scope.Batches.Get<int, T>("byId:" + typeof(T).Name, (keys, ct) =>
            scope.QueryAsync(async db => (IReadOnlyDictionary<int, T>)await db.Set<T>()
                .Where(EntityKey.In<T>(keys)).ToDictionaryAsync(EntityKey.Of, ct)))
            .Load(key);
    }

    /// <summary>
    /// The entity with primary key <paramref name="id"/>, reading only what the <paramref name="selected"/> fields need
    /// (and joining their to-one relations, see <see cref="Data.Projection"/>), batched with the siblings that select
    /// the same fields.
    /// </summary>
    public static IDataLoaderResult<T?> LoadSelection<T>(this IResolveFieldContext context, int id, Data.Selection selected)
        where T : class
    {
        var scope = FieldScope.Of(context);
        return scope.Batches.Get<int, T>("byId:" + typeof(T).Name + ":" + selected.Key, (keys, ct) =>
            scope.QueryAsync(async db =>
            {
                var rows = new Dictionary<int, T>();
                if (keys.Count == 1)
                {
                    if (await Data.Projection.ById<T>(db, scope.Schema, selected)(db, keys[0], ct) is { } one)
                    {
                        rows[keys[0]] = one;
                    }

                    return (IReadOnlyDictionary<int, T>)rows;
                }

                await foreach (var row in Data.Projection.ByIds<T>(db, scope.Schema, selected)(db, [.. keys]).WithCancellation(ct))
                {
                    rows[EntityKey.Of(row)] = row;
                }

                return (IReadOnlyDictionary<int, T>)rows;
            }))
            .Load(id);
    }

    /// <summary>
    /// A to-one relation: the related row when the parent's query already read it (a connection's projection joins the
    /// relations its nodes select, see <see cref="Data.Projection"/>), else loaded by id, batched with its siblings.
    /// </summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, T? joined, int? id)
        where T : class =>
        joined is not null ? new Completed<T?>(joined) : context.LoadById<T>(id);

    /// <summary>
    /// The rows of <typeparamref name="T"/> whose <paramref name="foreignKey"/> equals <paramref name="key"/>, in
    /// <paramref name="order"/>, batched with its siblings under <paramref name="name"/>.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<T>> LoadMany<T>(
        this IResolveFieldContext context, string name, Expression<Func<T, int?>> foreignKey, int key,
        Func<IQueryable<T>, IOrderedQueryable<T>> order)
        where T : class
    {
        var scope = FieldScope.Of(context);
        var loader = scope.Batches.Get<int, IReadOnlyList<T>>(name, (keys, ct) =>
            scope.QueryAsync(async db =>
            {
                // Compiled once per batch, not once per parent.
                var keyOf = foreignKey.Compile();
                var rows = await order(db.Set<T>().Where(ConnectionFields.KeyIn(foreignKey, keys))).ToListAsync(ct);
                return (IReadOnlyDictionary<int, IReadOnlyList<T>>)rows.GroupBy(r => keyOf(r)!.Value)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g]);
            }));
        return new Mapped<IReadOnlyList<T>?, IReadOnlyList<T>>(loader.Load(key), v => v ?? []);
    }

    /// <summary>A value that needs no loading.</summary>
    public sealed class Completed<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    /// <summary>A value computed by <paramref name="compute"/> when (and only when) the field is resolved.</summary>
    public sealed class Deferred<T>(Func<CancellationToken, Task<T>> compute) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => compute(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await compute(cancellationToken);
    }

    /// <summary>A loaded value passed through a function.</summary>
    public sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
