using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// One kind of entity the schema serves: its class, its object graph type and its GraphQL name (the class's name, which
/// the graph type must bear). Each gets a <c>Node</c> id, <c>{Name}FilterInput</c> and <c>{Name}SortInput</c>, and can be
/// the node type of connections.
/// </summary>
public sealed record EntityKind(Type ClrType, Type GraphType, string Name, Func<IResolveFieldContext, int, IDataLoaderResult<object?>> Load);

/// <summary>The entity kinds registered with <see cref="GraphConventionsBuilder.AddEntity{TEntity, TGraphType}"/>.</summary>
public sealed class EntityKinds
{
    private readonly Dictionary<string, EntityKind> _byName = new(StringComparer.Ordinal);
    private readonly List<EntityKind> _all = [];

    public IReadOnlyList<EntityKind> All => _all;

    public EntityKind? Named(string name) => _byName.GetValueOrDefault(name);

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
