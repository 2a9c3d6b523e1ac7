using GraphQL.Types;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// The connection and edge types of a schema, found on its fields: each connection field carries its connection's base
/// name (field <c>models</c> → <c>ModelsConnection</c>, or the name it is given) and its node type, so a new connection
/// needs no list of its own. Two fields may share a connection type only when they share its node type.
/// </summary>
public static class ConnectionTypes
{
    /// <summary>The metadata key under which a connection field keeps its connection's base name and node type.</summary>
    public const string MetadataKey = "conventions:connection";

    public static IEnumerable<IGraphType> Of(IEnumerable<IComplexGraphType> types)
    {
        var connections = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in types.SelectMany(t => t.Fields))
        {
            if (field.GetMetadata<(string BaseName, string NodeType)?>(MetadataKey) is not var (baseName, nodeType))
            {
                continue;
            }

            if (connections.TryGetValue(baseName, out var registered) && registered != nodeType)
            {
                throw new InvalidOperationException($"{baseName}Connection is a connection of {registered} and of {nodeType}: name one of the fields' connections explicitly.");
            }

            connections[baseName] = nodeType;
        }

        return connections.SelectMany(p => new IGraphType[] { new ConnectionGraphType(p.Key, p.Value), new EdgeGraphType(p.Key, p.Value) });
    }
}
