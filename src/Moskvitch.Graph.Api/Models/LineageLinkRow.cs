namespace Moskvitch.Graph.Api.Models;

/// <summary>One link of a lineage, as the <c>lineage()</c> SQL function returns it.</summary>
public sealed record LineageLinkRow(string Direction, string Kind, int FactId, int FromId, int ToId, int Depth);
