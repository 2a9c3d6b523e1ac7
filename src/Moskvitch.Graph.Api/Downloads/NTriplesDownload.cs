using System.Globalization;
using System.Text;

namespace Moskvitch.Graph.Api.Downloads;

/// <summary>The RDF N-Triples export in the vocabulary of VOCABULARY.md (IRIs under <c>urn:moskvitch-graph:</c>).</summary>
public static class NTriplesDownload
{
    public const string Base = "urn:moskvitch-graph:";
    public const string Vocab = Base + "vocab:";
    public const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    public const string DctermsSource = "http://purl.org/dc/terms/source";
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A row's IRI: <c>urn:moskvitch-graph:&lt;table&gt;:&lt;slug, or id when the table has no slug&gt;</c>.</summary>
    public static string Iri(string table, string key) => $"{Base}{table}:{key}";

    /// <summary>The class of a table's rows, e.g. <c>urn:moskvitch-graph:vocab:PlantName</c>.</summary>
    public static string ClassOf(string table) => Vocab + string.Concat(table.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>A column's property: camelCase, without <c>_id</c> for a reference (<c>maker_id</c> → <c>maker</c>).</summary>
    public static string PropertyOf(DownloadColumn column)
    {
        var name = column.References is not null || column.Name == "subject_id" ? column.Name[..^3] : column.Name;
        var words = name.Split('_');
        return Vocab + words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    public static async Task WriteAsync(DownloadSession session, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync($"# Moskvitch Graph, data version {session.DataVersion}, generated {session.GeneratedAt:O}");
        await writer.WriteLineAsync($"# Vocabulary: {Vocab} (see VOCABULARY.md); sources: <{DctermsSource}>");
        var line = new StringBuilder();
        foreach (var table in session.Tables)
        {
            var slug = DownloadSession.IndexOf(table, "slug");
            var kind = DownloadSession.IndexOf(table, "subject_kind");
            var type = ClassOf(table.Name);
            var properties = table.Columns.Select(PropertyOf).ToArray();
            var rows = 0L;
            await foreach (var row in session.RowsAsync(table, cancellationToken))
            {
                var subject = Iri(table.Name, DownloadValues.Text(row.Values[slug >= 0 ? slug : 0])!);
                line.Clear();
                Triple(line, subject, RdfType, Resource(type));
                for (var i = 0; i < row.Values.Length; i++)
                {
                    var column = table.Columns[i];
                    if (row.Values[i] is null)
                    {
                        continue;
                    }

                    if (column.References is { } target)
                    {
                        Triple(line, subject, properties[i], Resource(Iri(target, row.Keys[i]!)));
                    }
                    else if (column.Name == "subject_id" && kind >= 0)
                    {
                        Triple(line, subject, properties[i], Resource(Iri((string)row.Values[kind]!, row.Keys[i]!)));
                    }
                    else if (row.Values[i] is string[] list)
                    {
                        foreach (var item in list)
                        {
                            Triple(line, subject, properties[i], Literal(item, null));
                        }
                    }
                    else
                    {
                        Triple(line, subject, properties[i], Literal(DownloadValues.Text(row.Values[i])!, DatatypeOf(column.Type)));
                    }
                }

                foreach (var source in row.Sources)
                {
                    Triple(line, subject, DctermsSource, Resource(Iri("source", source)));
                }

                await writer.WriteAsync(line, cancellationToken);
                rows++;
            }

            session.Report(table.Name, rows);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string? DatatypeOf(string sqlType) => sqlType switch
    {
        "integer" or "bigint" or "smallint" => Xsd + "integer",
        "boolean" => Xsd + "boolean",
        "date" => Xsd + "date",
        _ when sqlType.StartsWith("numeric", StringComparison.Ordinal) => Xsd + "decimal",
        _ => null,
    };

    private static void Triple(StringBuilder line, string subject, string predicate, string @object) =>
        line.Append('<').Append(subject).Append("> <").Append(predicate).Append("> ").Append(@object).Append(" .\n");

    private static string Resource(string iri) => "<" + iri + ">";

    /// <summary>An N-Triples literal: backslash, quote, CR and LF escaped, other control characters as \uXXXX.</summary>
    public static string Literal(string value, string? datatype)
    {
        var s = new StringBuilder(value.Length + 2).Append('"');
        foreach (var ch in value)
        {
            _ = ch switch
            {
                '\\' => s.Append("\\\\"),
                '"' => s.Append("\\\""),
                '\n' => s.Append("\\n"),
                '\r' => s.Append("\\r"),
                < ' ' => s.Append("\\u").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture)),
                _ => s.Append(ch),
            };
        }

        s.Append('"');
        return datatype is null ? s.ToString() : s.Append("^^<").Append(datatype).Append('>').ToString();
    }
}
