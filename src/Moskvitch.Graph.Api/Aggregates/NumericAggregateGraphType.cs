namespace Moskvitch.Graph.Api.Aggregates;

/// <summary>count/sum/min/max/avg of one numeric column over a group.</summary>
public sealed class NumericAggregateGraphType : ObjectGraphType<MeasureRow>
{
    public NumericAggregateGraphType()
    {
        Name = "NumericAggregate";
        Description = "Aggregates of one numeric column over a group, computed by PostgreSQL over the rows' non-null column values only: a value the sources dispute is NULL in its column (the competing values are `claims`) and is not counted.";
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many rows of the group have a (non-null, undisputed) value.").Resolve(c => c.Source.Count);
        Field<DecimalGraphType>("sum").Description("The sum of the values; null when no row has one.").Resolve(c => c.Source.Sum);
        Field<DecimalGraphType>("min").Description("The smallest value; null when no row has one.").Resolve(c => c.Source.Min);
        Field<DecimalGraphType>("max").Description("The largest value; null when no row has one.").Resolve(c => c.Source.Max);
        Field<DecimalGraphType>("avg").Description("The mean of the values (unrounded); null when no row has one.").Resolve(c => c.Source.Avg);
    }
}
