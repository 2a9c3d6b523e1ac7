namespace Moskvitch.Graph.Api.Models;

/// <summary>A model's lineage: the links found and the root.</summary>
public sealed record LineageResult(int RootId, IReadOnlyList<LineageLinkRow> Links);
