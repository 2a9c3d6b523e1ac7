using System.IO.Compression;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace Moskvitch.Graph.Api.Downloads;

/// <summary>
/// The CSV export: a zip of one RFC 4180 file per table (<c>sources.csv</c> for the sources, <c>&lt;table&gt;.csv</c>
/// for each fact table with a <c>source_ids</c> column), <c>citations.csv</c> with every quote, and <c>manifest.json</c>.
/// </summary>
public static class CsvDownload
{
    public const string SourcesFile = "sources.csv";
    public const string CitationsFile = "citations.csv";
    public const string ManifestFile = "manifest.json";
    public const string SourceIdsColumn = "source_ids";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string FileOf(DownloadTable table) => table.IsFact ? table.Name + ".csv" : SourcesFile;

    /// <remarks>
    /// ZipArchive still writes parts of an entry synchronously, which ASP.NET Core refuses on a response body; so the
    /// zip is written into a pipe (on its own task, with back-pressure) that is copied to the output asynchronously.
    /// </remarks>
    public static async Task WriteAsync(DownloadSession session, Stream output, CancellationToken cancellationToken)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1 << 20, resumeWriterThreshold: 1 << 19));
        var zip = Task.Run(async () =>
        {
            try
            {
                await using (var stream = pipe.Writer.AsStream(leaveOpen: true))
                {
                    await WriteZipAsync(session, stream, cancellationToken);
                }

                await pipe.Writer.CompleteAsync();
            }
            catch (Exception e)
            {
                await pipe.Writer.CompleteAsync(e);
                throw;
            }
        }, cancellationToken);
        await pipe.Reader.CopyToAsync(output, cancellationToken);
        await pipe.Reader.CompleteAsync();
        await zip;
        await output.FlushAsync(cancellationToken);
    }

    private static async Task WriteZipAsync(DownloadSession session, Stream output, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, long>();
        await using (var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            foreach (var table in session.Tables)
            {
                var rows = 0L;
                await WriteEntryAsync(zip, FileOf(table), async writer =>
                {
                    await WriteRecordAsync(writer, [.. table.Columns.Select(c => c.Name), .. table.IsFact ? [SourceIdsColumn] : Array.Empty<string>()]);
                    var fields = new string?[table.Columns.Count + (table.IsFact ? 1 : 0)];
                    await foreach (var row in session.RowsAsync(table, cancellationToken))
                    {
                        for (var i = 0; i < row.Values.Length; i++)
                        {
                            fields[i] = DownloadValues.Text(row.Values[i]);
                        }

                        if (table.IsFact)
                        {
                            fields[^1] = string.Join(DownloadValues.ListSeparator, row.Sources);
                        }

                        await WriteRecordAsync(writer, fields);
                        rows++;
                    }
                }, cancellationToken);
                files[FileOf(table)] = rows;
                session.Report(table.Name, rows);
            }

            var citations = 0L;
            await WriteEntryAsync(zip, CitationsFile, async writer =>
            {
                await WriteRecordAsync(writer, ["fact_table", "fact_id", "source_slug", "quote"]);
                await foreach (var c in session.CitationsAsync(cancellationToken))
                {
                    await WriteRecordAsync(writer, [c.Table, DownloadValues.Text(c.FactId), c.Source, c.Quote]);
                    citations++;
                }
            }, cancellationToken);
            files[CitationsFile] = citations;
            session.Report("citations", citations);

            var manifest = zip.CreateEntry(ManifestFile, CompressionLevel.Optimal);
            await using var stream = await manifest.OpenAsync(cancellationToken);
            await JsonSerializer.SerializeAsync(stream, new
            {
                dataVersion = session.DataVersion,
                generatedAt = session.GeneratedAt,
                format = "csv",
                files,
            }, DownloadJson.Indented, cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, Func<StreamWriter, Task> write, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        await write(writer);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>One RFC 4180 record: fields with a comma, quote, CR or LF are quoted, quotes doubled; CRLF ends it.</summary>
    public static async Task WriteRecordAsync(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                await writer.WriteAsync(',');
            }

            await writer.WriteAsync(Escape(fields[i]));
        }

        await writer.WriteAsync("\r\n");
    }

    public static string Escape(string? field) =>
        field is null ? "" :
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field :
        "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
