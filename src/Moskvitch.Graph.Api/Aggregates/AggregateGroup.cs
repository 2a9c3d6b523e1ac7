using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Aggregates;

/// <summary>One group as served: its key as text, its unit and kind (figures), its row count and its measures by name.</summary>
public sealed record AggregateGroup(string? Key, Unit? Unit, FigureKind? Kind, int Count, IReadOnlyDictionary<string, MeasureRow> Measures);
