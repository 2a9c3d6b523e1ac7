namespace Moskvitch.Graph.Api.Facts;

/// <summary>A source citing a fact, with the sentence it states it in.</summary>
public sealed record CitationRow(int FactId, string? Quote, Source Source);
