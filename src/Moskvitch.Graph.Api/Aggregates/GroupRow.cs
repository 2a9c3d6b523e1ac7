namespace Moskvitch.Graph.Api.Aggregates;

/// <summary>One group as read from SQL: the raw key, the row count and up to <see cref="Aggregation.MaxMeasures"/> measures.</summary>
public sealed class GroupRow<TKey>
{
    public TKey Key { get; set; } = default!;
    public int Count { get; set; }
    public MeasureRow? M0 { get; set; }
    public MeasureRow? M1 { get; set; }
    public MeasureRow? M2 { get; set; }
    public MeasureRow? M3 { get; set; }
    public MeasureRow? M4 { get; set; }
}
