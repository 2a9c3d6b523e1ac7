using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Moskvitch.Graph.Conventions.Direct;

/// <summary>
/// A response's <c>data</c> already written as JSON: the serializer copies it as it is. <see cref="Rewrite"/> makes
/// PostgreSQL's JSON text the bytes GraphQL.NET's serializer would have written for the same values (no spaces, strings
/// escaped by the response's encoder), so a client sees the same response whichever path answered.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class RawJson(ReadOnlyMemory<byte> utf8)
{
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    /// <summary>The same JSON written compactly with <paramref name="encoder"/>'s escaping; numbers keep their digits.</summary>
    public static RawJson Rewrite(ReadOnlySpan<byte> json, JavaScriptEncoder encoder)
    {
        var output = new ArrayBufferWriter<byte>(json.Length);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = encoder, SkipValidation = true }))
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        writer.WriteStartObject();
                        break;
                    case JsonTokenType.EndObject:
                        writer.WriteEndObject();
                        break;
                    case JsonTokenType.StartArray:
                        writer.WriteStartArray();
                        break;
                    case JsonTokenType.EndArray:
                        writer.WriteEndArray();
                        break;
                    case JsonTokenType.PropertyName when reader.ValueIsEscaped:
                        writer.WritePropertyName(reader.GetString()!);
                        break;
                    case JsonTokenType.PropertyName:
                        writer.WritePropertyName(reader.ValueSpan);
                        break;
                    case JsonTokenType.String when reader.ValueIsEscaped:
                        writer.WriteStringValue(reader.GetString());
                        break;
                    case JsonTokenType.String:
                        writer.WriteStringValue(reader.ValueSpan);
                        break;
                    case JsonTokenType.Number:
                        writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                        break;
                    case JsonTokenType.True:
                        writer.WriteBooleanValue(true);
                        break;
                    case JsonTokenType.False:
                        writer.WriteBooleanValue(false);
                        break;
                    case JsonTokenType.Null:
                        writer.WriteNullValue();
                        break;
                }
            }
        }

        return new RawJson(output.WrittenMemory);
    }

    private sealed class Converter : JsonConverter<RawJson>
    {
        public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
    }
}
