using Moskvitch.Graph.Engines;

namespace Moskvitch.Graph.Api.Engines;

public static class EngineQueries
{
    /// <summary>This feature's entity kinds.</summary>
    public static GraphConventionsBuilder AddEngines(this GraphConventionsBuilder graph) => graph
        .AddEntity<Engine, EngineGraphType>()
        .AddEntity<ModelEngine, ModelEngineGraphType>();

    public static void AddEngineQueries(this ObjectGraphType query)
    {
        query.AddLookup<Engine, EngineGraphType>("engine", "Engine", "One engine, by global id or slug.");
        query.AddConnection<Engine>("engines", "Every engine, by displacement.", [DataArguments.By((Engine e) => e.DisplacementCc), DataArguments.By((Engine e) => e.Id)]);
    }
}
