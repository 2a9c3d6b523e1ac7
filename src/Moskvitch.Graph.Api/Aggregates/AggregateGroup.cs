using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Aggregates;

/// <summary>One group as served: its key as text, its unit (figures), its row count and its measures by name.</summary>
public sealed record AggregateGroup(string? Key, Unit? Unit, int Count, IReadOnlyDictionary<string, MeasureRow> Measures);
