namespace Moskvitch.Graph.Conventions.Data;

/// <summary>The slicing arguments of a connection field.</summary>
public sealed record PageRequest(int? First, string? After, int? Last, string? Before);
