namespace Moskvitch.Graph.Api.Downloads;

/// <summary>A column of an exported table; <see cref="References"/> is the table a single-column foreign key points at.</summary>
public sealed record DownloadColumn(string Name, string Type, string? References);
