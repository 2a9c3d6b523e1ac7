namespace Moskvitch.Graph.Api.Aggregates;

public sealed class EngineAggregateGroupGraphType : AggregateGroupGraphType
{
    public EngineAggregateGroupGraphType()
        : base("EngineAggregateGroup", "A group of engines (by `EngineGroupKey`) with their count and aggregates of their numeric columns.", "engines")
    {
        Measure("displacementCc", "Displacement in cm³ (`Engine.displacementCc`).");
        Measure("powerHp", "Power in hp (`Engine.powerHp`, the lower figure of a range).");
        Measure("powerKw", "Power in kW (`Engine.powerKw`).");
    }
}
