using GraphQL.Types;
using Moskvitch.Graph.Conventions.Data;

namespace Moskvitch.Graph.Conventions;

/// <summary>What a host registers with the conventions: its entity kinds.</summary>
public sealed class GraphConventionsBuilder(EntityKinds kinds)
{
    /// <summary>
    /// Registers an entity kind: <typeparamref name="TEntity"/> (an EF Core entity keyed by <c>int Id</c>) served as
    /// <typeparamref name="TGraphType"/>, named as the class is. This one line is all the conventions need: the kind gets
    /// a <c>Node</c> id, filter and sort inputs, and can be the node type of connections.
    /// </summary>
    public GraphConventionsBuilder AddEntity<TEntity, TGraphType>()
        where TEntity : class
        where TGraphType : ObjectGraphType<TEntity>
    {
        kinds.Add<TEntity, TGraphType>();
        return this;
    }
}
