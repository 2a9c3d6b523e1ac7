using Moskvitch.Graph.Api.Production;

namespace Moskvitch.Graph.Api.Aggregates;

public sealed class FigureAggregateGroupGraphType : AggregateGroupGraphType
{
    public FigureAggregateGroupGraphType()
        : base("FigureAggregateGroup", "A group of figures of one unit and one kind (by `FigureGroupKey`, unit and kind: values of different units or kinds are never added up) with their count and aggregates of their values; `value.sum` is null unless the kind is ANNUAL.", "figures")
    {
        Field<NonNullGraphType<UnitGraphType>>("unit").Description("The unit of every figure in the group.").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<FigureKindGraphType>>("kind").Description("The kind of every figure in the group; only ANNUAL figures have a `sum`.").Resolve(c => c.Source.Kind);
        Measure("value", "The figures' values (`Figure.value`), in `unit`.");
    }
}
