using Moskvitch.Graph.Api.Production;

namespace Moskvitch.Graph.Api.Aggregates;

public sealed class FigureAggregateGroupGraphType : AggregateGroupGraphType
{
    public FigureAggregateGroupGraphType()
        : base("FigureAggregateGroup", "A group of figures of one unit (by `FigureGroupKey` and unit: values of different units are never added up) with their count and aggregates of their values.", "figures")
    {
        Field<NonNullGraphType<UnitGraphType>>("unit").Description("The unit of every figure in the group.").Resolve(c => c.Source.Unit);
        Measure("value", "The figures' values (`Figure.value`), in `unit`.");
    }
}
