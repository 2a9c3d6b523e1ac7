using GraphQL.DataLoader;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>One page of a connection as resolved: its edges, its page info and, on demand, the total count.</summary>
public sealed class Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, Func<IDataLoaderResult<int>> totalCount)
{
    public IReadOnlyList<Edge> Edges { get; } = edges;

    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>
    /// Counts the rows the connection pages through; runs only when <c>totalCount</c> is selected, with what the
    /// connection's field read when it resolved (never a resolve context).
    /// </summary>
    public IDataLoaderResult<int> TotalCount() => totalCount();

    public static Connection From<T>(Page<T> page, Func<IDataLoaderResult<int>> totalCount)
        where T : class
    {
        var edges = page.Edges.Select(e => new Edge(e.Cursor, e.Node)).ToList();
        return new Connection(edges, new PageInfo(page.HasNextPage, page.HasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), totalCount);
    }
}
