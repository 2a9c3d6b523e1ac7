using GraphQL.Types;

namespace Moskvitch.Graph.Api.GraphQL;

/// <summary>The Moskvitch Graph schema: read-only queries over the knowledge graph.</summary>
public sealed class MoskvitchSchema : Schema
{
    public MoskvitchSchema(IServiceProvider services, Query query) : base(services)
    {
        Description = "Moskvitch Graph: the Moskvitch (Moskvich) car brand as a knowledge graph, every fact with its sources.";
        Query = query;
        foreach (var type in Data.EntityShapes.InputTypes())
        {
            RegisterType(type);
        }

        foreach (var type in Data.ConnectionCatalog.Types())
        {
            RegisterType(type);
        }

        // Connections name their node types, so every entity's graph type is registered, reachable by field or not.
        foreach (var type in typeof(MoskvitchSchema).Assembly.GetTypes().Where(IsEntityGraphType))
        {
            RegisterType(type);
        }

        // GraphQL.NET's built-in Long and Decimal scalars carry no description; give them one.
        Initialize();
        foreach (var scalar in AllTypes.OfType<ScalarGraphType>().Where(t => string.IsNullOrEmpty(t.Description)))
        {
            scalar.Description = scalar.Name switch
            {
                "Long" => "A 64-bit integer, written as a JSON number (JavaScript clients lose precision above 2^53).",
                "Decimal" => "A decimal number, written as a JSON number.",
                _ => scalar.Description,
            };
        }
    }

    private static bool IsEntityGraphType(Type type) =>
        !type.IsAbstract && type.BaseType is { IsGenericType: true } baseType
        && baseType.GetGenericTypeDefinition() == typeof(ObjectGraphType<>)
        && Data.EntityShapes.GraphQLNames.ContainsKey(baseType.GenericTypeArguments[0]);
}
