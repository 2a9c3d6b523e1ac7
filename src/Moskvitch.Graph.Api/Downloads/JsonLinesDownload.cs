using System.Buffers;
using System.Text.Json;

namespace Moskvitch.Graph.Api.Downloads;

/// <summary>
/// The JSON Lines export. The first line describes the export (<c>"type": "header"</c>, the data version, when it was
/// generated); then one object per row, <c>"type"</c> being its table, with every column and, for facts, the slugs of
/// their <c>"sources"</c>; then one <c>"type": "citation"</c> object per citation, with its quote. No table is named
/// <c>header</c> or <c>citation</c>, so every line's type says what it is (the <c>export</c> table's rows included).
/// </summary>
public static class JsonLinesDownload
{
    public const string HeaderType = "header";
    public const string CitationType = "citation";

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public static async Task WriteAsync(DownloadSession session, Stream output, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 14);
        await using var json = new Utf8JsonWriter(buffer, DownloadJson.Line);

        async Task EndLineAsync()
        {
            await json.FlushAsync(cancellationToken);
            await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
            await output.WriteAsync(NewLine, cancellationToken);
            buffer.ResetWrittenCount();
            json.Reset(buffer);
        }

        json.WriteStartObject();
        json.WriteString("type", HeaderType);
        json.WriteString("dataVersion", session.DataVersion);
        json.WriteString("generatedAt", session.GeneratedAt);
        json.WriteString("format", "jsonl");
        json.WriteEndObject();
        await EndLineAsync();

        foreach (var table in session.Tables)
        {
            var rows = 0L;
            await foreach (var row in session.RowsAsync(table, cancellationToken))
            {
                json.WriteStartObject();
                json.WriteString("type", table.Name);
                for (var i = 0; i < row.Values.Length; i++)
                {
                    json.WritePropertyName(table.Columns[i].Name);
                    WriteValue(json, row.Values[i]);
                }

                if (table.IsFact)
                {
                    json.WriteStartArray("sources");
                    foreach (var source in row.Sources)
                    {
                        json.WriteStringValue(source);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
                await EndLineAsync();
                rows++;
            }

            session.Report(table.Name, rows);
        }

        var citations = 0L;
        await foreach (var c in session.CitationsAsync(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("type", CitationType);
            json.WriteString("table", c.Table);
            json.WriteNumber("id", c.FactId);
            json.WriteString("source", c.Source);
            json.WriteString("quote", c.Quote);
            json.WriteEndObject();
            await EndLineAsync();
            citations++;
        }

        session.Report("citations", citations);
        await output.FlushAsync(cancellationToken);
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int n:
                json.WriteNumberValue(n);
                break;
            case long n:
                json.WriteNumberValue(n);
                break;
            case short n:
                json.WriteNumberValue(n);
                break;
            case decimal n:
                json.WriteNumberValue(n);
                break;
            case string[] list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(DownloadValues.Text(value));
                break;
        }
    }
}
