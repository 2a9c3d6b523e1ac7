using GraphQL.Types;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Api.GraphQL.Data;
using Moskvitch.Graph.Engines;

namespace Moskvitch.Graph.Api.Engines;

public static class EngineQueries
{
    public static void AddEngineQueries(this ObjectGraphType query)
    {
        query.AddLookup<Engine, EngineGraphType>("engine", "Engine", "One engine, by global id or slug.");
        query.AddConnection<Engine>("engines", "Every engine, by displacement.", [DataArguments.By((Engine e) => e.DisplacementCc), DataArguments.By((Engine e) => e.Id)]);
    }
}
