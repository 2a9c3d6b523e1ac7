using System.Globalization;

namespace Moskvitch.Graph.Api.Downloads;

/// <summary>How column values are written as text: invariant numbers, ISO dates, lists joined with <c>;</c>.</summary>
public static class DownloadValues
{
    public const string ListSeparator = ";";

    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string[] list => string.Join(ListSeparator, list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
