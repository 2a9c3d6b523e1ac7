using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Moskvitch.Graph.Api.GraphQL.Data;
using Moskvitch.Graph.Facts;

namespace Moskvitch.Graph.Api.GraphQL;

/// <summary>Relay's <c>interface Node { id: ID! }</c>, implemented by every entity type.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id (Relay global object identification).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id: base64 of `Type:key`.");
    }
}

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c>, as HotChocolate's <c>AddGlobalObjectIdentification()</c> adds them.</summary>
public static class NodeQueries
{
    public const int MaxNodes = 50;

    private static readonly Dictionary<string, Func<IResolveFieldContext, int, IDataLoaderResult<object?>>> ByTypeName =
        EntityShapes.GraphQLNames.ToDictionary(p => p.Value, p => Loader(p.Key), StringComparer.Ordinal);

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
                        Code = "HC0076",
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
            throw new ExecutionError("The node ID string has an invalid format.") { Code = RootFields.InvalidIdCode };
        }

        return Load(context, typeName, key);
    }

    /// <summary>The entity of GraphQL type <paramref name="typeName"/> with key <paramref name="key"/>, batched; null when unknown.</summary>
    public static IDataLoaderResult<object?> Load(IResolveFieldContext context, string typeName, int key) =>
        ByTypeName.TryGetValue(typeName, out var load) ? load(context, key) : new Loaders.Completed<object?>(null);

    private static Func<IResolveFieldContext, int, IDataLoaderResult<object?>> Loader(Type entity)
    {
        var method = typeof(NodeQueries).GetMethod(nameof(LoadTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(entity);
        return (Func<IResolveFieldContext, int, IDataLoaderResult<object?>>)Delegate.CreateDelegate(
            typeof(Func<IResolveFieldContext, int, IDataLoaderResult<object?>>), method);
    }

    private static IDataLoaderResult<object?> LoadTyped<T>(IResolveFieldContext context, int key)
        where T : class, IEntity =>
        new Loaders.Mapped<T?, object?>(context.LoadSelection<T>(key, Data.Selection.Direct(context)), v => v);
}
