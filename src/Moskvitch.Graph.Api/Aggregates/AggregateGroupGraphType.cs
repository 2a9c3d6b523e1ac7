namespace Moskvitch.Graph.Api.Aggregates;

/// <summary>A group of rows with its key, count and measures.</summary>
public abstract class AggregateGroupGraphType : ObjectGraphType<AggregateGroup>
{
    protected AggregateGroupGraphType(string name, string description, string rows)
    {
        Name = name;
        Description = description;
        Field<StringGraphType>("key").Description($"The group's value of the `groupBy` key (enum values as in the schema, decades as `1960s`); null for the {rows} without a value, and for the single group of totals when there is no `groupBy`.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description($"How many {rows} are in the group.").Resolve(c => c.Source.Count);
    }

    protected void Measure(string name, string description) =>
        Field<NonNullGraphType<NumericAggregateGraphType>>(name).Description(description + " Only undisputed column values count.").Resolve(c => c.Source.Measures[name]);
}
