namespace Moskvitch.Graph.Conventions.Data;

/// <summary>One page: the rows with their cursors, and whether there is more on either side.</summary>
public sealed record Page<T>(IReadOnlyList<(T Node, PageCursor Cursor)> Edges, bool HasNextPage, bool HasPreviousPage);
