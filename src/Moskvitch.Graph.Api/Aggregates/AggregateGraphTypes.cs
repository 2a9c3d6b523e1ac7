using GraphQL.Types;
using Moskvitch.Graph.Api.Facts;

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

public sealed class FigureAggregateGroupGraphType : AggregateGroupGraphType
{
    public FigureAggregateGroupGraphType()
        : base("FigureAggregateGroup", "A group of figures of one unit (by `FigureGroupKey` and unit: values of different units are never added up) with their count and aggregates of their values.", "figures")
    {
        Field<NonNullGraphType<UnitGraphType>>("unit").Description("The unit of every figure in the group.").Resolve(c => c.Source.Unit);
        Measure("value", "The figures' values (`Figure.value`), in `unit`.");
    }
}

/// <summary>What to group models by.</summary>
public sealed class ModelGroupKeyGraphType : EnumerationGraphType
{
    public ModelGroupKeyGraphType()
    {
        Name = "ModelGroupKey";
        Description = "What to group models by in `modelAggregates`.";
        Add("DECADE", ModelGroupKey.Decade, "The decade of the production start (`yearFrom`), as `1960s`.");
        Add("YEAR_FROM", ModelGroupKey.YearFrom, "The production start year (`yearFrom`).");
        Add("GENERATION", ModelGroupKey.Generation, "The generation (`generation`).");
        Add("BODY_TYPE", ModelGroupKey.BodyType, "The body type (`bodyType`).");
        Add("LAYOUT", ModelGroupKey.Layout, "The layout (`layout`).");
        Add("STATUS", ModelGroupKey.Status, "Produced, prototype or planned (`status`).");
        Add("BRAND", ModelGroupKey.Brand, "The brand (`brand`).");
        Add("MAKER", ModelGroupKey.Maker, "The maker's name (`maker.name`).");
        Add("COUNTRY", ModelGroupKey.Country, "The maker's country (`maker.country`).");
        Add("PLANT", ModelGroupKey.Plant, "Each plant that built the model (`plants`, by plant name): a model built at several plants counts in each, with its whole `unitsBuilt` (the sources give no split per plant); models with no plant form the null group.");
    }
}

public enum ModelGroupKey { Decade, YearFrom, Generation, BodyType, Layout, Status, Brand, Maker, Country, Plant }

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

public enum EngineGroupKey { Fuel, Aspiration, Cylinders, CylinderLayout }

/// <summary>What to group figures by.</summary>
public sealed class FigureGroupKeyGraphType : EnumerationGraphType
{
    public FigureGroupKeyGraphType()
    {
        Name = "FigureGroupKey";
        Description = "What to group figures by in `figureAggregates` (always together with their unit).";
        Add("METRIC", FigureGroupKey.Metric, "What the figure measures (`metric`).");
        Add("YEAR", FigureGroupKey.Year, "The year (`year`).");
        Add("DECADE", FigureGroupKey.Decade, "The decade of the year (`year`), as `1960s`.");
        Add("ORGANIZATION", FigureGroupKey.Organization, "The organization's name (`organization.name`).");
        Add("MODEL", FigureGroupKey.Model, "The model's name (`model.name`).");
    }
}

public enum FigureGroupKey { Metric, Year, Decade, Organization, Model }
