namespace Moskvitch.Graph.Api.Exports;

/// <summary>An export format: its media type, the name of the file it is delivered as, and the writer.</summary>
public sealed record ExportFormat(string Name, string ContentType, string Suffix, Func<ExportSession, Stream, CancellationToken, Task> WriteAsync)
{
    public static ExportFormat Csv { get; } = new("csv", "application/zip", "-csv.zip", CsvExport.WriteAsync);

    public static ExportFormat JsonLines { get; } = new("jsonl", "application/x-ndjson", ".jsonl", JsonLinesExport.WriteAsync);

    public static ExportFormat NTriples { get; } = new("nt", "application/n-triples", ".nt", NTriplesExport.WriteAsync);

    public static IReadOnlyList<ExportFormat> All { get; } = [Csv, JsonLines, NTriples];

    /// <summary>E.g. <c>moskvitch-graph-0012_production_as_of-3f2a9c1b-csv.zip</c>.</summary>
    public string FileName(string dataVersion) => $"moskvitch-graph-{dataVersion}{Suffix}";

    /// <summary>
    /// The strong entity tag of this format's export of a data version, e.g. <c>"0012_production_as_of-3f2a9c1b-csv"</c>:
    /// each format is its own representation, so a tag of one never validates another's download.
    /// </summary>
    public string ETag(string dataVersion) => $"\"{dataVersion}-{Name}\"";

    public static ExportFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
