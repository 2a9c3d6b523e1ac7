namespace Moskvitch.Graph.Api.Models;

/// <summary>A model reached by a lineage; the root has no direction.</summary>
public sealed record LineageNodeRow(int ModelId, LineageDirection? Direction, int Depth);
