using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Moskvitch.Graph.Conventions.Data;

namespace Moskvitch.Graph.Conventions;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c>, as HotChocolate's <c>AddGlobalObjectIdentification()</c> adds them.</summary>
public static class NodeQueries
{
    public const int MaxNodes = 50;

    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global id; null when nothing has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global id.")
            .Resolve(c => Resolve(c, c.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches objects by their global ids (at most {MaxNodes}), in the order given; null for an id with nothing behind it.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The global ids.")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodes)
                {
                    var error = new ExecutionError($"The maximum number of nodes that can be fetched at once is {MaxNodes}. This selection tried to fetch {ids.Count} nodes that exceeded the maximum allowed amount.")
                    {
                        Code = ErrorCodes.TooManyNodes,
                    };
                    throw error;
                }

                var results = ids.Select(id => Resolve(c, id)).ToList();
                var values = new List<object?>(results.Count);
                foreach (var r in results)
                {
                    values.Add(await r.GetResultAsync(c.CancellationToken));
                }

                return values;
            });
    }

    private static IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key))
        {
            throw new ExecutionError("The node ID string has an invalid format.") { Code = ErrorCodes.InvalidId };
        }

        return Load(context, typeName, key);
    }

    /// <summary>The entity of GraphQL type <paramref name="typeName"/> with key <paramref name="key"/>, batched; null when unknown.</summary>
    public static IDataLoaderResult<object?> Load(IResolveFieldContext context, string typeName, int key) =>
        context.RequestServices!.GetRequiredService<EntityKinds>().Named(typeName) is { } kind
            ? kind.Load(context, key)
            : new Loaders.Completed<object?>(null);

    /// <summary>Makes the type a <c>Node</c>: <c>id: ID!</c> (base64 of <c>Type:key</c>), resolvable with <c>node(id:)</c>.</summary>
    public static void AddGlobalId<TEntity>(this ObjectGraphType<TEntity> type)
        where TEntity : class
    {
        type.Interface<NodeInterface>();
        type.IsTypeOf = o => o is TEntity;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"The global id of this {type.Name} (base64 of `{type.Name}:<key>`), usable with `node(id:)`.")
            .WithMetadata(Direct.DirectFields.GlobalIdKey, true)
            .Resolve(c => GlobalId.Encode(type.Name, EntityKey.Of(c.Source)));
    }
}
