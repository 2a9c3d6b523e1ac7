using System.Linq.Expressions;
using GraphQL.Types;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>The entity kinds registered with <see cref="GraphConventionsBuilder.AddEntity{TEntity, TGraphType}"/>.</summary>
public sealed class EntityKinds
{
    private readonly Dictionary<string, EntityKind> _byName = new(StringComparer.Ordinal);
    private readonly List<EntityKind> _all = [];
    private readonly Dictionary<Type, CountSummary> _summaries = [];

    public IReadOnlyList<EntityKind> All => _all;

    public EntityKind? Named(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The count summary of <paramref name="entity"/>'s rows, if one is registered.</summary>
    public CountSummary? SummaryOf(Type entity) => _summaries.GetValueOrDefault(entity);

    internal void AddSummary<TEntity, TSummary>(Expression<Func<TSummary, long>> count)
        where TEntity : class
        where TSummary : class
    {
        if (!_summaries.TryAdd(typeof(TEntity), new CountSummary<TEntity, TSummary>(count)))
        {
            throw new InvalidOperationException($"{typeof(TEntity).Name} has two count summaries.");
        }
    }

    internal void Add<TEntity, TGraphType>()
        where TEntity : class
        where TGraphType : ObjectGraphType<TEntity>
    {
        var name = EntityShapes.NameOf(typeof(TEntity));
        if (!EntityKey.IsEntity(typeof(TEntity)))
        {
            throw new InvalidOperationException($"{name} is not an entity: it has no `int {EntityKey.Name}` property.");
        }

        if (_byName.ContainsKey(name))
        {
            throw new InvalidOperationException($"The entity kind {name} is registered twice.");
        }

        var kind = new EntityKind(typeof(TEntity), typeof(TGraphType), name,
            (context, key) => new Loaders.Mapped<TEntity?, object?>(context.LoadSelection<TEntity>(key, Selection.Direct(context)), v => v));
        _byName[name] = kind;
        _all.Add(kind);
    }
}
