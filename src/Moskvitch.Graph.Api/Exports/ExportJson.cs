using System.Text.Encodings.Web;
using System.Text.Json;

namespace Moskvitch.Graph.Api.Exports;

internal static class ExportJson
{
    /// <summary>Readable output for files, not HTML: Cyrillic, quotes and dashes are written as they are.</summary>
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonWriterOptions Line { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
