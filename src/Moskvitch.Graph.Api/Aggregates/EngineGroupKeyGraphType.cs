namespace Moskvitch.Graph.Api.Aggregates;

/// <summary>What to group engines by.</summary>
public sealed class EngineGroupKeyGraphType : EnumerationGraphType
{
    public EngineGroupKeyGraphType()
    {
        Name = "EngineGroupKey";
        Description = "What to group engines by in `engineAggregates`.";
        Add("FUEL", EngineGroupKey.Fuel, "The fuel (`fuel`).");
        Add("ASPIRATION", EngineGroupKey.Aspiration, "Natural aspiration or turbocharging (`aspiration`).");
        Add("CYLINDERS", EngineGroupKey.Cylinders, "The number of cylinders (`cylinders`).");
        Add("CYLINDER_LAYOUT", EngineGroupKey.CylinderLayout, "The cylinder layout (`cylinderLayout`).");
    }
}
