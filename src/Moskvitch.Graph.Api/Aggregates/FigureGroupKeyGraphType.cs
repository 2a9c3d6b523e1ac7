namespace Moskvitch.Graph.Api.Aggregates;

/// <summary>What to group figures by.</summary>
public sealed class FigureGroupKeyGraphType : EnumerationGraphType
{
    public FigureGroupKeyGraphType()
    {
        Name = "FigureGroupKey";
        Description = "What to group figures by in `figureAggregates` (always together with their unit and kind).";
        Add("METRIC", FigureGroupKey.Metric, "What the figure measures (`metric`).");
        Add("YEAR", FigureGroupKey.Year, "The year (`year`).");
        Add("DECADE", FigureGroupKey.Decade, "The decade of the year (`year`), as `1960s`.");
        Add("ORGANIZATION", FigureGroupKey.Organization, "The organization's name (`organization.name`).");
        Add("MODEL", FigureGroupKey.Model, "The model's name (`model.name`); a figure about a whole series has no model.");
        Add("SERIES", FigureGroupKey.Series, "The series of a figure about a whole model family (`series`).");
    }
}
