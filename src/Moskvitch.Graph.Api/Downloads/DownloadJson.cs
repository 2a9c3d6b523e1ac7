using System.Text.Encodings.Web;
using System.Text.Json;

namespace Moskvitch.Graph.Api.Downloads;

internal static class DownloadJson
{
    /// <summary>Readable output for files, not HTML: Cyrillic, quotes and dashes are written as they are.</summary>
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonWriterOptions Line { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
