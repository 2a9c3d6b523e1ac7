namespace Moskvitch.Graph.Api.Downloads;

/// <summary>An export format: its media type, the name of the file it is delivered as, and the writer.</summary>
public sealed record DownloadFormat(string Name, string ContentType, string Suffix, Func<DownloadSession, Stream, CancellationToken, Task> WriteAsync)
{
    public static DownloadFormat Csv { get; } = new("csv", "application/zip", "-csv.zip", CsvDownload.WriteAsync);

    public static DownloadFormat JsonLines { get; } = new("jsonl", "application/x-ndjson", ".jsonl", JsonLinesDownload.WriteAsync);

    public static DownloadFormat NTriples { get; } = new("nt", "application/n-triples", ".nt", NTriplesDownload.WriteAsync);

    public static IReadOnlyList<DownloadFormat> All { get; } = [Csv, JsonLines, NTriples];

    /// <summary><c>moskvitch-graph-&lt;data version&gt;-csv.zip</c> and the like.</summary>
    public string FileName(string dataVersion) => $"moskvitch-graph-{dataVersion}{Suffix}";

    /// <summary>
    /// The strong entity tag of this format's export of a data version, <c>"&lt;data version&gt;-csv"</c>:
    /// each format is its own representation, so a tag of one never validates another's download.
    /// </summary>
    public string ETag(string dataVersion) => $"\"{dataVersion}-{Name}\"";

    public static DownloadFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
