namespace Moskvitch.Graph.Conventions.Data;

/// <summary>Relay's page info.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, PageCursor? StartCursor, PageCursor? EndCursor);
