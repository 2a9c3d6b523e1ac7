namespace Moskvitch.Graph.Api.GraphQL;

/// <summary>The Moskvitch Graph schema: read-only queries over the knowledge graph.</summary>
public sealed class MoskvitchSchema : ConventionSchema
{
    public MoskvitchSchema(IServiceProvider services, Query query, EntityKinds kinds)
        : base(services, query, kinds)
    {
        Description = "Moskvitch Graph: the Moskvitch (Moskvich) car brand as a knowledge graph, every fact with its sources.";

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
}
