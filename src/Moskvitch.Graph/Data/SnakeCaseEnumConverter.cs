using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Moskvitch.Graph.Data;

/// <summary>Stores an enum as the snake_case text the schema's CHECK lists use (StationWagon ↔ 'station_wagon').</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(v => ToText(v), v => FromText(v))
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Texts = Enum.GetValues<TEnum>().ToDictionary(v => v, v => Snake(v.ToString()));
    private static readonly Dictionary<string, TEnum> Values = Texts.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    private static string ToText(TEnum value) => Texts[value];

    private static TEnum FromText(string text) =>
        Values.TryGetValue(text, out var value)
            ? value
            : throw new InvalidOperationException($"'{text}' is not a {typeof(TEnum).Name} value.");

    private static string Snake(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
