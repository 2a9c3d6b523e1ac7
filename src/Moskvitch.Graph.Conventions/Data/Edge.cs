namespace Moskvitch.Graph.Conventions.Data;

/// <summary>An edge: a node and the cursor that points at it.</summary>
public sealed record Edge(PageCursor Cursor, object Node);
