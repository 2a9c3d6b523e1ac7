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
    }
}
