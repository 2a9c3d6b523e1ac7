using System.Globalization;
using System.Text;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// Relay global ids as HotChocolate writes them: standard base64 of UTF-8 <c>Type:key</c> (<c>Model:42</c> →
/// <c>TW9kZWw6NDI=</c>). Parsing also accepts HotChocolate's legacy format, base64 of <c>Type\ni42</c>.
/// </summary>
public static class GlobalId
{
    public const int MaxLength = 1024;

    public static string Encode(string typeName, int key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{key}")));

    /// <summary>Decodes an id into its type name and integer key; false for anything malformed.</summary>
    public static bool TryDecode(string? id, out string typeName, out int key)
    {
        typeName = "";
        key = 0;
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        var buffer = new byte[(id.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(Pad(id), buffer, out var written))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        string keyText;
        if (colon > 0 && (newline < 0 || colon < newline))
        {
            typeName = text[..colon];
            keyText = text[(colon + 1)..];
        }
        else if (newline > 0 && text.Length > newline + 2 && text[newline + 1] is 'i' or 'l' or 's')
        {
            typeName = text[..newline];
            keyText = text[(newline + 2)..];
        }
        else
        {
            return false;
        }

        return IsTypeName(typeName)
            && int.TryParse(keyText, NumberStyles.None, CultureInfo.InvariantCulture, out key)
            && key > 0;
    }

    private static string Pad(string id)
    {
        // Accept URL-safe and unpadded base64 too.
        var s = id.Replace('-', '+').Replace('_', '/');
        return (s.Length % 4) switch
        {
            2 => s + "==",
            3 => s + "=",
            _ => s,
        };
    }

    private static bool IsTypeName(string name) =>
        name.Length is > 0 and <= 64 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);
}
