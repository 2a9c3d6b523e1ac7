namespace Moskvitch.Graph.Api.Exports;

/// <summary>A citation: the fact (table and id), its source's slug and the verbatim quote.</summary>
public sealed record ExportCitation(string Table, int FactId, string Source, string Quote);
