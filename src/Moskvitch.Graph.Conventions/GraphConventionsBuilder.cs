using GraphQL.Types;
using Moskvitch.Graph.Conventions.Data;

namespace Moskvitch.Graph.Conventions;

/// <summary>What a host registers with the conventions: its entity kinds and the count summaries of their tables.</summary>
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

    /// <summary>
    /// Registers <typeparamref name="TSummary"/>, an entity mapped (keyless) onto a table that the database keeps with
    /// one row per combination of some of <typeparamref name="TEntity"/>'s columns, named and typed as they are there,
    /// and <paramref name="count"/>, the number of rows with that combination. A root connection's <c>totalCount</c>
    /// whose filters read only those columns then sums the summary's matching rows instead of counting the table's (see
    /// <see cref="CountSummary"/>); the database must keep the summary exact in every transaction that writes the table.
    /// </summary>
    public GraphConventionsBuilder AddCountSummary<TEntity, TSummary>(System.Linq.Expressions.Expression<Func<TSummary, long>> count)
        where TEntity : class
        where TSummary : class
    {
        kinds.AddSummary<TEntity, TSummary>(count);
        return this;
    }
}
