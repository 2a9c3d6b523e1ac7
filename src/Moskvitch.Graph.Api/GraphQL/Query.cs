using GraphQL.Types;
using Moskvitch.Graph.Api.Models;

namespace Moskvitch.Graph.Api.GraphQL;

/// <summary>The root query type; each feature folder contributes its fields.</summary>
public sealed class Query : ObjectGraphType
{
    public Query()
    {
        Name = "Query";
        Description = "The entry points into the Moskvitch knowledge graph.";
        this.AddModelQueries();
    }
}
