namespace Moskvitch.Graph.Api.Exports;

/// <summary>A column of an exported table; <see cref="References"/> is the table a single-column foreign key points at.</summary>
public sealed record ExportColumn(string Name, string Type, string? References);
