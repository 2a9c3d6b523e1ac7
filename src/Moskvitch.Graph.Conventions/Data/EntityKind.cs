using GraphQL;
using GraphQL.DataLoader;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// One kind of entity the schema serves: its class, its object graph type and its GraphQL name (the class's name, which
/// the graph type must bear). Each gets a <c>Node</c> id, <c>{Name}FilterInput</c> and <c>{Name}SortInput</c>, and can be
/// the node type of connections.
/// </summary>
public sealed record EntityKind(Type ClrType, Type GraphType, string Name, Func<IResolveFieldContext, int, IDataLoaderResult<object?>> Load);
