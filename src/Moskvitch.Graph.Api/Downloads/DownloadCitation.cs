namespace Moskvitch.Graph.Api.Downloads;

/// <summary>A citation: the fact (table and id), its source's slug and the verbatim quote.</summary>
public sealed record DownloadCitation(string Table, int FactId, string Source, string Quote);
