namespace Moskvitch.Graph.Api.Aggregates;

/// <summary>count, sum, min, max and avg of one measure over the non-null values of a group, as PostgreSQL computed them.</summary>
public sealed class MeasureRow
{
    public int Count { get; set; }
    public decimal? Sum { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public decimal? Avg { get; set; }
}
