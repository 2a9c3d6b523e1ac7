namespace Moskvitch.Graph.Api.Exports;

/// <summary>An exported table: <c>source</c> or a fact table (whose rows carry the slugs of their sources).</summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, bool IsFact)
{
    public bool HasSlug => Columns.Any(c => c.Name == "slug");
}
