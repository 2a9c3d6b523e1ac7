using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Moskvitch.Graph.Conventions.Direct;

/// <summary>
/// A response's <c>data</c> already written as JSON: the serializer copies it as it is. <see cref="Write"/> makes a
/// direct statement's JSON the bytes GraphQL.NET's serializer would have written for the same values (objects with their
/// keys, no spaces, strings escaped by the response's encoder), so a client sees the same response whichever path answered.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class RawJson(ReadOnlyMemory<byte> utf8)
{
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    /// <summary>
    /// The response's JSON from a direct statement's: each array that <paramref name="shape"/> says is an object becomes
    /// that object with its keys; strings are escaped by <paramref name="encoder"/> and numbers keep their digits, so the
    /// bytes are those GraphQL.NET's serializer writes for the same values.
    /// </summary>
    public static RawJson Write(ReadOnlySpan<byte> json, DirectShape shape, JavaScriptEncoder encoder)
    {
        var output = new ArrayBufferWriter<byte>(json.Length + (json.Length / 2));
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = encoder, SkipValidation = true }))
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
            reader.Read();
            Value(ref reader, writer, shape, json);
        }

        return new RawJson(output.WrittenMemory);
    }

    private static void Value(ref Utf8JsonReader reader, Utf8JsonWriter writer, DirectShape? shape, ReadOnlySpan<byte> json)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray when shape is ObjectShape o:
                writer.WriteStartObject();
                for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                {
                    if (i >= o.Keys.Length)
                    {
                        reader.Skip();
                        continue;
                    }

                    writer.WritePropertyName(o.Keys[i]);
                    Value(ref reader, writer, o.Values[i], json);
                }

                writer.WriteEndObject();
                break;
            case JsonTokenType.StartArray when shape is CursorShape cursor:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                writer.WriteStringValue(Data.KeysetPaging.Encode(json[start..(int)reader.BytesConsumed], cursor.Signature));
                break;
            case JsonTokenType.StartArray:
                var element = (shape as ListShape)?.Element;
                writer.WriteStartArray();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Value(ref reader, writer, element, json);
                }

                writer.WriteEndArray();
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
            default:
                throw new JsonException($"A direct statement wrote {reader.TokenType} where its plan has no object.");
        }
    }

    private sealed class Converter : JsonConverter<RawJson>
    {
        public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
    }
}
