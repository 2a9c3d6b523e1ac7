namespace Moskvitch.Graph.Api.Aggregates;

public sealed class ModelAggregateGroupGraphType : AggregateGroupGraphType
{
    public ModelAggregateGroupGraphType()
        : base("ModelAggregateGroup", "A group of models (by `ModelGroupKey`) with their count and aggregates of their numeric columns.", "models")
    {
        Measure("unitsBuilt", "Units built (`Model.unitsBuilt`).");
        Measure("unitsExported", "Units exported (`Model.unitsExported`).");
        Measure("yearFrom", "Production start years (`Model.yearFrom`).");
        Measure("yearTo", "Production end years (`Model.yearTo`).");
        Measure("topSpeedKmh", "Top speeds in km/h (`Model.topSpeedKmh`).");
    }
}
