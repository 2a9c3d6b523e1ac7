namespace Moskvitch.Graph.Api.Downloads;

/// <summary>An exported table: <c>source</c> or a fact table (whose rows carry the slugs of their sources).</summary>
public sealed record DownloadTable(string Name, IReadOnlyList<DownloadColumn> Columns, bool IsFact)
{
    public bool HasSlug => Columns.Any(c => c.Name == "slug");
}
