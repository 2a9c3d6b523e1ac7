using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Moskvitch.Graph.Conventions.Data;

namespace Moskvitch.Graph.Conventions.Direct;

/// <summary>
/// Row plans: an operation of one root field, a look-up or a root connection, whose objects have no nested connection,
/// is read as plain rows (its to-one relations joined) and its JSON is written by the service straight from the reader,
/// as PostGraphile does for such shapes. PostgreSQL then only finds and sends the values; building JSON in the statement
/// costs it more than the rows (Q1 at 100k models: 0.17–0.19 ms of its CPU per request against PostGraphile's
/// 0.10–0.11 with the page's JSON built in PostgreSQL). Operations with nested connections keep their JSON statement.
/// </summary>
public sealed partial class DirectPlan
{
    private readonly RowRoot? _rows;

    private DirectPlan(string sql, RowRoot rows, IReadOnlyList<DirectParameter> parameters)
        : this(sql, (DirectShape?)null, parameters)
    {
        _rows = rows;
    }

    /// <summary>The response's <c>data</c> from a row plan's rows (each the values of one row, in column order).</summary>
    private RawJson WriteRows(List<object?[]> rows, IReadOnlyDictionary<string, object?> values)
    {
        var root = _rows!;
        var output = new ArrayBufferWriter<byte>(256 + (rows.Count * 256));
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = GraphConventions.ResponseEncoder, SkipValidation = true }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(root.Key);
            if (root.Connection is not { } connection)
            {
                if (rows.Count == 0)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    WriteObject(writer, root.Lookup!, rows[0]);
                }
            }
            else
            {
                var size = (int)values[connection.Size]!;
                var page = Math.Min(size, rows.Count);
                writer.WriteStartObject();
                foreach (var part in connection.Parts)
                {
                    writer.WritePropertyName(part.Key);
                    switch (part)
                    {
                        case { Nodes: { } node }:
                            writer.WriteStartArray();
                            for (var i = 0; i < page; i++)
                            {
                                WriteObject(writer, node, rows[i]);
                            }

                            writer.WriteEndArray();
                            break;
                        case { PageInfo: { } info }:
                            writer.WriteStartObject();
                            foreach (var (key, field) in info)
                            {
                                writer.WritePropertyName(key);
                                switch (field)
                                {
                                    case "hasNextPage":
                                        writer.WriteBooleanValue(rows.Count > size);
                                        break;
                                    case "hasPreviousPage":
                                        writer.WriteBooleanValue(false);
                                        break;
                                    case "startCursor" or "endCursor" when page == 0:
                                        writer.WriteNullValue();
                                        break;
                                    case "startCursor" or "endCursor":
                                        var row = rows[field == "startCursor" ? 0 : page - 1];
                                        writer.WriteStringValue(KeysetPaging.Encode(
                                            [.. connection.CursorKeys.Select(o => row[o] is DBNull ? null : row[o])], connection.Signature));
                                        break;
                                    default:
                                        writer.WriteStringValue(field);
                                        break;
                                }
                            }

                            writer.WriteEndObject();
                            break;
                        default:
                            writer.WriteStringValue(part.Typename);
                            break;
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return new RawJson(output.WrittenMemory);
    }

    private static void WriteObject(Utf8JsonWriter writer, RowObject value, object?[] row)
    {
        if (value.Presence is { } presence && row[presence] is DBNull)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        for (var i = 0; i < value.Keys.Length; i++)
        {
            writer.WritePropertyName(value.Keys[i]);
            switch (value.Values[i])
            {
                case RowObject inner:
                    WriteObject(writer, inner, row);
                    break;
                case RowText text:
                    writer.WriteStringValue(text.Text);
                    break;
                case RowColumn column when row[column.Ordinal] is DBNull:
                    writer.WriteNullValue();
                    break;
                case RowColumn column:
                    var cell = row[column.Ordinal]!;
                    switch (column.Kind)
                    {
                        case RowColumnKind.Int:
                            writer.WriteNumberValue((int)cell);
                            break;
                        case RowColumnKind.Boolean:
                            writer.WriteBooleanValue((bool)cell);
                            break;
                        case RowColumnKind.Enum:
                            writer.WriteStringValue(column.EnumNames![(string)cell]);
                            break;
                        case RowColumnKind.StringList:
                            writer.WriteStartArray();
                            foreach (var item in (string[])cell)
                            {
                                writer.WriteStringValue(item);
                            }

                            writer.WriteEndArray();
                            break;
                        case RowColumnKind.GlobalId:
                            writer.WriteStringValue(GlobalId.Encode(column.TypeName!, (int)cell));
                            break;
                        default:
                            writer.WriteStringValue((string)cell);
                            break;
                    }

                    break;
            }
        }

        writer.WriteEndObject();
    }

    private enum RowColumnKind
    {
        String,
        Int,
        Boolean,
        Enum,
        StringList,
        GlobalId,
    }

    private abstract class RowValue;

    /// <summary>A column of the row: its ordinal and how it is written (an enum by its names, a global id with its type's name).</summary>
    private sealed class RowColumn(int ordinal, RowColumnKind kind, IReadOnlyDictionary<string, string>? enumNames = null, string? typeName = null) : RowValue
    {
        public int Ordinal { get; } = ordinal;

        public RowColumnKind Kind { get; } = kind;

        public IReadOnlyDictionary<string, string>? EnumNames { get; } = enumNames;

        public string? TypeName { get; } = typeName;
    }

    /// <summary>A text known when the plan is made (<c>__typename</c>).</summary>
    private sealed class RowText(string text) : RowValue
    {
        public string Text { get; } = text;
    }

    /// <summary>An object read from the row; a joined one is null when its key column (<see cref="Presence"/>) is.</summary>
    private sealed class RowObject(JsonEncodedText[] keys, RowValue[] values, int? presence) : RowValue
    {
        public JsonEncodedText[] Keys { get; } = keys;

        public RowValue[] Values { get; } = values;

        public int? Presence { get; } = presence;
    }

    /// <summary>A field of a connection: its nodes, its page info (each key with the field it writes) or its <c>__typename</c>.</summary>
    private sealed record RowConnectionPart(JsonEncodedText Key, RowObject? Nodes, List<(JsonEncodedText Key, string Field)>? PageInfo, string? Typename);

    /// <summary>A root connection: its fields, the page size's parameter, and the sort keys' columns and signature for its cursors.</summary>
    private sealed record RowConnection(List<RowConnectionPart> Parts, string Size, int[] CursorKeys, string Signature);

    /// <summary>The one root field of a row plan: a look-up's object, or a connection.</summary>
    private sealed record RowRoot(JsonEncodedText Key, RowObject? Lookup, RowConnection? Connection);

    private sealed partial class Compiler
    {
        /// <summary>A row plan's statement and root, or null when the operation is not one field over plain rows.</summary>
        public (string Sql, RowRoot Root)? Rows(IObjectGraphType query, GraphQLSelectionSet set)
        {
            if (Fields(set, query.Name) is not [var field] || query.GetField(field.Name.StringValue) is not { } definition)
            {
                return null;
            }

            var key = JsonEncodedText.Encode(ResponseKey(field), GraphConventions.ResponseEncoder);
            var columns = new List<string>();
            var joins = new StringBuilder();
            if (definition.GetMetadata<DirectLookup?>(DirectFields.LookupKey) is { } lookup)
            {
                if (LookupKey(field, definition, lookup) is not var (type, entity, column, parameter))
                {
                    return null;
                }

                var alias = NextAlias();
                return RowObjectOf(type, entity, alias, field.SelectionSet, columns, joins, null) is { } value
                    ? ($"SELECT {Select(columns)} FROM {Table(entity)} AS {alias}{joins} WHERE {alias}.{Quote(column)} = @{parameter} LIMIT 1",
                        new RowRoot(key, value, null))
                    : null;
            }

            if (definition.GetMetadata<DirectConnection?>(DirectFields.ConnectionKey) is not { ForeignKey: null } connection
                || PageOf(field, definition, connection, null) is not var (connectionType, pageEntity, fields, keys, keyProperties, row, conditions, _, size))
            {
                return null;
            }

            var parts = new List<RowConnectionPart>();
            var withPageInfo = false;
            var withCursors = false;
            foreach (var inner in fields)
            {
                var partKey = JsonEncodedText.Encode(ResponseKey(inner), GraphConventions.ResponseEncoder);
                switch (inner.Name.StringValue)
                {
                    case "__typename":
                        parts.Add(new RowConnectionPart(partKey, null, null, connectionType.Name));
                        break;
                    case "nodes" when connectionType.GetField("nodes") is { } nodes
                        && Unwrap(nodes.ResolvedType) is ListGraphType { ResolvedType: var item } && Unwrap(item) is IObjectGraphType nodeType
                        && Entity(nodeType) is { } nodeEntity && nodeEntity == pageEntity
                        && !parts.Any(p => p.Nodes is not null)
                        && RowObjectOf(nodeType, pageEntity, row, inner.SelectionSet, columns, joins, null) is { } node:
                        parts.Add(new RowConnectionPart(partKey, node, null, null));
                        break;
                    case "pageInfo" when connectionType.GetField("pageInfo") is { } pageInfo && Unwrap(pageInfo.ResolvedType) is IObjectGraphType infoType
                        && Fields(inner.SelectionSet, infoType.Name) is { } infoFields
                        && infoFields.All(f => f.Name.StringValue is "__typename" or "hasNextPage" or "hasPreviousPage" or "startCursor" or "endCursor"):
                        withPageInfo = true;
                        withCursors |= infoFields.Any(f => f.Name.StringValue is "startCursor" or "endCursor");
                        parts.Add(new RowConnectionPart(partKey, null,
                            [.. infoFields.Select(f => (JsonEncodedText.Encode(ResponseKey(f), GraphConventions.ResponseEncoder), f.Name.StringValue == "__typename" ? infoType.Name : f.Name.StringValue))],
                            null));
                        break;
                    default:
                        return null;
                }
            }

            if (withCursors && !CursorTypes(keyProperties))
            {
                return null;
            }

            var cursorKeys = new int[withCursors ? keyProperties.Count : 0];
            for (var i = 0; i < cursorKeys.Length; i++)
            {
                cursorKeys[i] = columns.Count;
                columns.Add(row + "." + Quote(keyProperties[i].GetColumnName()));
            }

            var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
            return ($"SELECT {Select(columns)} FROM {Table(pageEntity)} AS {row}{joins}{where} ORDER BY {string.Join(", ", OrderBy(row, null, keys, keyProperties))} LIMIT {Limit(size, withPageInfo ? 1 : 0)}",
                new RowRoot(key, null, new RowConnection(parts, size.Name, cursorKeys, KeysetPaging.Signature(keys))));
        }

        private static string Select(List<string> columns) => columns.Count == 0 ? "1" : string.Join(", ", columns);

        /// <summary>
        /// The fields selected on a row as columns of the statement (<paramref name="columns"/>), its to-one relations as
        /// <c>LEFT JOIN</c>s (<paramref name="joins"/>); null for a field that is none of these (a nested connection).
        /// </summary>
        private RowObject? RowObjectOf(IObjectGraphType type, IEntityType entity, string alias, GraphQLSelectionSet? set, List<string> columns, StringBuilder joins, int? presence)
        {
            if (set is null || Fields(set, type.Name) is not { } fields)
            {
                return null;
            }

            var values = new List<RowValue>();
            foreach (var field in fields)
            {
                var name = field.Name.StringValue;
                if (name == "__typename")
                {
                    values.Add(new RowText(type.Name));
                    continue;
                }

                if (type.GetField(name) is not { } definition || field.Arguments?.Items.Count > 0
                    || definition.GetMetadata<DirectConnection?>(DirectFields.ConnectionKey) is not null)
                {
                    return null;
                }

                if (definition.GetMetadata<bool>(DirectFields.GlobalIdKey))
                {
                    values.Add(new RowColumn(columns.Count, RowColumnKind.GlobalId, typeName: type.Name));
                    columns.Add(alias + "." + Quote(Key(entity).GetColumnName()));
                }
                else if (definition.GetMetadata<string?>(DirectFields.RelationKey) is { } navigationName)
                {
                    if (RelationOf(definition, entity, navigationName) is not var (relatedType, target, foreignKey, principalKey))
                    {
                        return null;
                    }

                    var related = NextAlias();
                    joins.Append($" LEFT JOIN {Table(target)} AS {related} ON {related}.{Quote(principalKey)} = {alias}.{Quote(foreignKey)}");
                    var present = columns.Count;
                    columns.Add(related + "." + Quote(principalKey));
                    if (RowObjectOf(relatedType, target, related, field.SelectionSet, columns, joins, present) is not { } value)
                    {
                        return null;
                    }

                    values.Add(value);
                }
                else if (ColumnOf(definition, entity) is var (property, kind, enumNames))
                {
                    values.Add(new RowColumn(columns.Count, kind switch
                    {
                        ColumnKind.Int => RowColumnKind.Int,
                        ColumnKind.Boolean => RowColumnKind.Boolean,
                        ColumnKind.Enum => RowColumnKind.Enum,
                        ColumnKind.StringList => RowColumnKind.StringList,
                        _ => RowColumnKind.String,
                    }, enumNames));
                    columns.Add(alias + "." + Quote(property.GetColumnName()));
                }
                else
                {
                    return null;
                }
            }

            return new RowObject([.. fields.Select(f => JsonEncodedText.Encode(ResponseKey(f), GraphConventions.ResponseEncoder))], [.. values], presence);
        }
    }
}
