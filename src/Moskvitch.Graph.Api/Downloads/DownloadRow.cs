namespace Moskvitch.Graph.Api.Downloads;

/// <summary>
/// One row: <see cref="Values"/> by column (null for SQL NULL); <see cref="Keys"/> by column, for a foreign key the
/// referenced row's key (its slug, else its id); <see cref="Sources"/> the slugs of the sources that state it.
/// </summary>
public sealed record DownloadRow(object?[] Values, string?[] Keys, string[] Sources);
