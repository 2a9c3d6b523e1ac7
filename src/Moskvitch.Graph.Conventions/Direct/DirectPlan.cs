using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Moskvitch.Graph.Conventions.Data;
using CultureInfo = System.Globalization.CultureInfo;

namespace Moskvitch.Graph.Conventions.Direct;

/// <summary>
/// A query operation answered by one SQL statement, the way PostGraphile answers: no per-field resolvers, no EF Core query
/// pipeline, one round trip whatever the nesting. An operation of one look-up or root connection without nested
/// connections reads plain rows, and the service writes its JSON from them (a row plan, <c>DirectRows.cs</c>); any other
/// builds the response's <c>data</c> in PostgreSQL, each object as a JSON array of its values (cheaper for PostgreSQL to
/// build than an object with its keys), which the response writer names from the plan's <see cref="Shape"/>
/// (<see cref="RawJson.Write"/>). Compiled once per operation of a (cached) document, from what its fields say of
/// themselves (<see cref="DirectFields"/>): look-ups by id or slug at the root; connections with <c>first</c>, plain
/// <c>where</c> conditions and <c>order</c> on columns, read through <c>nodes</c> and <c>pageInfo</c>; to-one relations;
/// global ids; columns of type String, Int, Boolean, enum or list of String; and <c>__typename</c>. Anything else
/// (other filters, <c>after</c>, <c>last</c>, <c>edges</c>, <c>totalCount</c>, computed fields, directives, abstract
/// types) leaves the operation to GraphQL.NET's execution, which answers every document.
/// </summary>
/// <remarks>
/// The statement orders, limits and joins as the general path's statements do (the same default sort keys with the id
/// last, the same page sizes, the same relations by foreign key), so both answer the same rows in the same order; the
/// tests run documents through both and compare the responses byte for byte.
/// </remarks>
public sealed partial class DirectPlan
{
    /// <summary>Most fields one object may have: <c>json_build_array</c> takes at most 100 arguments.</summary>
    private const int MaxObjectKeys = 100;

    /// <summary>Longest type name a global id is built for in SQL: base64 output of PostgreSQL wraps after 76 characters (57 bytes).</summary>
    private const int MaxGlobalIdPrefix = 57 - 11;

    /// <summary>Marks a page size written into the text as a number: <c>\u0001p3\u0001</c>, or <c>\u0001p3+\u0001</c> for one more.</summary>
    private const char LimitMark = '\u0001';

    /// <summary>Most texts a plan keeps for the page sizes its requests give; beyond them, each request builds its own.</summary>
    private const int MaxTexts = 32;

    private static readonly Guid CommandIdPrefix = Guid.NewGuid();
    private static long _commands;

    private readonly IReadOnlyList<DirectParameter> _parameters;
    private readonly string[] _segments;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, string> _texts = new();

    private DirectPlan(string sql, DirectShape? shape, IReadOnlyList<DirectParameter> parameters)
    {
        Sql = sql;
        Shape = shape;
        _parameters = parameters;
        _segments = sql.Split(LimitMark);
    }

    /// <summary>
    /// Where the keys go: the statement writes each object as an array of its values, in the order of these keys. Null
    /// for a row plan (see <c>DirectRows.cs</c>), whose statement reads rows and whose JSON the service writes.
    /// </summary>
    public DirectShape? Shape { get; }

    /// <summary>
    /// The statement's text, with each <c>LIMIT</c>'s page size marked: a request's statement has the sizes as numbers
    /// (<see cref="Text"/>). With a number PostgreSQL's plan for the prepared statement holds for every request; with a
    /// parameter it cannot tell how many rows a page reads, and plans each execution anew (about twice the time at Q1).
    /// </summary>
    public string Sql { get; }

    /// <summary>The statement's text for the bound <paramref name="values"/>: the page sizes written in.</summary>
    public string Text(IReadOnlyDictionary<string, object?> values)
    {
        if (_segments.Length == 1)
        {
            return Sql;
        }

        // The sizes as one number, 16 bits each (page sizes are at most a few hundred): texts are kept for up to four.
        var sizes = 0L;
        var keyed = _segments.Length <= 9;
        for (var i = 1; keyed && i < _segments.Length; i += 2)
        {
            var size = (int)values[_segments[i].TrimEnd('+')]!;
            keyed = size is >= 0 and < 1 << 16;
            sizes = (sizes << 16) | (long)size;
        }

        if (keyed && _texts.TryGetValue(sizes, out var text))
        {
            return text;
        }

        var built = new StringBuilder(Sql.Length);
        for (var i = 0; i < _segments.Length; i++)
        {
            if (i % 2 == 0)
            {
                built.Append(_segments[i]);
            }
            else
            {
                var one = _segments[i].EndsWith('+');
                built.Append(((int)values[_segments[i].TrimEnd('+')]! + (one ? 1 : 0)).ToString(CultureInfo.InvariantCulture));
            }
        }

        text = built.ToString();
        if (keyed && _texts.Count < MaxTexts)
        {
            _texts.TryAdd(sizes, text);
        }

        return text;
    }

    /// <summary>The plan for <paramref name="operation"/>, or null when some part of it must go through GraphQL.NET's execution.</summary>
    public static DirectPlan? Compile(DbContext db, ISchema schema, EntityKinds kinds, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        if (operation.Operation != OperationType.Query || operation.Directives?.Items.Count > 0 || schema.Query is not { } query)
        {
            return null;
        }

        var mappings = db.GetService<IRelationalTypeMappingSource>();
        List<DirectParameter> Mapped(Compiler compiler) =>
            [.. compiler.Parameters.Select(p => p with { Mapping = mappings.FindMapping(p.Kind switch
            {
                ParameterKind.Slug => typeof(string),
                ParameterKind.Value => p.ValueType!,
                _ => typeof(int),
            })! })];

        var rows = new Compiler(db.Model, kinds, document);
        if (rows.Rows(query, operation.SelectionSet) is var (sql, root))
        {
            return new DirectPlan(sql, root, Mapped(rows));
        }

        var json = new Compiler(db.Model, kinds, document);
        return json.Root(query, operation.SelectionSet) is { } data
            ? new DirectPlan("SELECT convert_to(" + data.Sql + "::text, 'UTF8')", data.Shape!, Mapped(json))
            : null;
    }

    /// <summary>
    /// The statement's parameter values for this request's arguments, or null when an argument is one the general path
    /// answers differently (a page size out of range, a look-up without its key, a malformed id or one of another type):
    /// that path gives the error or the null.
    /// </summary>
    public Dictionary<string, object?>? Bind(GraphQL.Execution.ExecutionContext context, GraphQLLimits limits)
    {
        var values = new Dictionary<string, object?>(_parameters.Count, StringComparer.Ordinal);
        foreach (var parameter in _parameters)
        {
            object? value = null;
            if (context.ArgumentValues?.TryGetValue(parameter.Field, out var arguments) == true
                && arguments.TryGetValue(parameter.Argument, out var argument))
            {
                value = argument.Value;
                foreach (var step in parameter.Path ?? [])
                {
                    value = (step, value) switch
                    {
                        (string name, IDictionary<string, object?> fields) => fields.TryGetValue(name, out var inner) ? inner : null,
                        (int index, IList<object?> items) when index < items.Count => items[index],
                        _ => null,
                    };
                }
            }

            switch (parameter.Kind)
            {
                case ParameterKind.PageSize:
                    var size = value switch
                    {
                        null => limits.DefaultPageSize,
                        int n => n,
                        _ => -1,
                    };
                    if (size < 0 || size > limits.MaxPageSize)
                    {
                        return null;
                    }

                    values[parameter.Name] = size;
                    break;
                case ParameterKind.Slug when value is string slug:
                    values[parameter.Name] = slug;
                    break;
                case ParameterKind.Id when value is string id && GlobalId.TryDecode(id, out var type, out var key) && type == parameter.TypeName:
                    values[parameter.Name] = key;
                    break;
                case ParameterKind.Value when value is not null && value.GetType() == parameter.ValueType:
                    values[parameter.Name] = value;
                    break;
                default:
                    return null;
            }
        }

        return values;
    }

    /// <summary>
    /// Runs the statement on <paramref name="db"/>'s connection: the response's <c>data</c>. The command goes to the
    /// connection itself, not through EF Core's relational command, whose per-statement work (a command built, the
    /// connection opened through EF Core, a wrapped reader, and the diagnostics of each step) was a fifth of a look-up's
    /// CPU. What EF Core reports of a statement it runs is still reported: the context's command interceptors, logging and
    /// diagnostic listeners see it executing, executed, failed or cancelled (not the command's creation or the reader's
    /// closing).
    /// </summary>
    public async Task<RawJson> ExecuteAsync(DbContext db, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var text = Text(values);
        var relational = db.GetService<IRelationalConnection>();
        var diagnostics = db.GetService<IRelationalCommandDiagnosticsLogger>();
        var connection = relational.DbConnection;
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        foreach (var parameter in _parameters)
        {
            command.Parameters.Add(parameter.Mapping!.CreateParameter(command, parameter.Name, values[parameter.Name], nullable: false));
        }

        var commandId = NextCommandId();
        var start = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.GetTimestamp();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var interception = await diagnostics.CommandReaderExecutingAsync(
                relational, command, text, db, commandId, relational.ConnectionId, start, CommandSource.FromSqlQuery, cancellationToken).ConfigureAwait(false);
            var reader = interception.HasResult ? interception.Result : await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            reader = await diagnostics.CommandReaderExecutedAsync(
                relational, command, text, db, commandId, relational.ConnectionId, reader, start, System.Diagnostics.Stopwatch.GetElapsedTime(clock),
                CommandSource.FromSqlQuery, cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await ReadAsync(reader, values, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(clock);
            if (e is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                await diagnostics.CommandCanceledAsync(
                    relational, command, text, db, DbCommandMethod.ExecuteReader, commandId, relational.ConnectionId, start, elapsed, CommandSource.FromSqlQuery,
                    CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                await diagnostics.CommandErrorAsync(
                    relational, command, text, db, DbCommandMethod.ExecuteReader, commandId, relational.ConnectionId, e, start, elapsed, CommandSource.FromSqlQuery,
                    CancellationToken.None).ConfigureAwait(false);
            }

            throw;
        }
        finally
        {
            await connection.CloseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The id diagnostics give a statement: this process's random prefix with a count in its last eight bytes. A
    /// <see cref="Guid.NewGuid"/> per statement read the kernel's random source once per request.
    /// </summary>
    private static Guid NextCommandId()
    {
        Span<byte> bytes = stackalloc byte[16];
        CommandIdPrefix.TryWriteBytes(bytes);
        var tail = bytes[8..];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(
            tail, System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(tail) ^ Interlocked.Increment(ref _commands));
        return new Guid(bytes);
    }

    private async Task<RawJson> ReadAsync(System.Data.Common.DbDataReader reader, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        if (_rows is not null)
        {
            var rows = new List<object?[]>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = new object?[reader.FieldCount];
                reader.GetValues(row!);
                rows.Add(row);
            }

            return WriteRows(rows, values);
        }

        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException("The statement returned no row.");
        }

        return RawJson.Write(reader.GetFieldValue<byte[]>(0), Shape!, GraphConventions.ResponseEncoder);
    }

    /// <summary>What a plain column holds, for the response.</summary>
    private enum ColumnKind
    {
        String,
        Int,
        Boolean,
        Enum,
        StringList,
    }

    private enum ParameterKind
    {
        PageSize,
        Slug,
        Id,

        /// <summary>A value in a <c>where</c> argument, at its path, of its column's type (never null).</summary>
        Value,
    }

    /// <summary>Part of the statement: its SQL, and the shape of the JSON it writes (null for a scalar or a list of scalars).</summary>
    private sealed record Part(string Sql, DirectShape? Shape);

    /// <summary>A statement parameter: the argument of a field node it takes its value from.</summary>
    private sealed record DirectParameter(
        string Name, GraphQLField Field, string Argument, ParameterKind Kind, string? TypeName = null, RelationalTypeMapping? Mapping = null,
        object[]? Path = null, Type? ValueType = null);

    private sealed partial class Compiler(IModel model, EntityKinds kinds, GraphQLDocument document)
    {
        private int _aliases;

        public List<DirectParameter> Parameters { get; } = [];

        public Part? Root(IObjectGraphType query, GraphQLSelectionSet set)
        {
            if (Fields(set, query.Name) is not { } fields || fields.Count > MaxObjectKeys)
            {
                return null;
            }

            var values = new List<(GraphQLField Field, Part Value)>();
            foreach (var field in fields)
            {
                var name = field.Name.StringValue;
                Part? value;
                if (name == "__typename")
                {
                    value = new Part(Literal(query.Name), null);
                }
                else if (query.GetField(name) is not { } definition)
                {
                    return null;
                }
                else if (definition.GetMetadata<DirectLookup?>(DirectFields.LookupKey) is { } lookup)
                {
                    value = Lookup(field, definition, lookup);
                }
                else if (definition.GetMetadata<DirectConnection?>(DirectFields.ConnectionKey) is { ForeignKey: null } connection)
                {
                    value = Connection(field, definition, connection, parent: null);
                }
                else
                {
                    return null;
                }

                if (value is null)
                {
                    return null;
                }

                values.Add((field, value));
            }

            return Build(values);
        }

        /// <summary><c>json_build_array(values…)</c>, and the shape that names them.</summary>
        private static Part Build(List<(GraphQLField Field, Part Value)> values, string? tail = null) =>
            new("json_build_array(" + string.Join(", ", values.Select(v => v.Value.Sql).Append(tail).OfType<string>()) + ")",
                new ObjectShape([.. values.Select(v => JsonEncodedText.Encode(ResponseKey(v.Field), GraphConventions.ResponseEncoder))], [.. values.Select(v => v.Value.Shape)]));

        /// <summary><c>(SELECT json_build_array(…) FROM table t WHERE t.slug = @p LIMIT 1)</c>, or by id.</summary>
        private Part? Lookup(GraphQLField field, FieldType definition, DirectLookup lookup)
        {
            if (LookupKey(field, definition, lookup) is not var (type, entity, column, parameter))
            {
                return null;
            }

            var alias = NextAlias();
            return Object(type, entity, alias, field.SelectionSet) is { } json
                ? json with { Sql = $"(SELECT {json.Sql} FROM {Table(entity)} AS {alias} WHERE {alias}.{Quote(column)} = @{parameter} LIMIT 1)" }
                : null;
        }

        /// <summary>A look-up's type, table, the column it matches (slug or id) and the parameter it matches it with.</summary>
        private (IObjectGraphType Type, IEntityType Entity, string Column, string Parameter)? LookupKey(GraphQLField field, FieldType definition, DirectLookup lookup)
        {
            var given = field.Arguments?.Items.Select(a => a.Name.StringValue).ToList() ?? [];
            if (given.Count != 1 || Unwrap(definition.ResolvedType) is not IObjectGraphType type || Entity(type) is not { } entity || entity.ClrType != lookup.Entity)
            {
                return null;
            }

            string column;
            DirectParameter parameter;
            if (given[0] == "slug" && lookup.BySlug && entity.FindProperty("Slug") is { } slug)
            {
                column = slug.GetColumnName();
                parameter = new DirectParameter("p" + Parameters.Count, field, "slug", ParameterKind.Slug);
            }
            else if (given[0] == "id")
            {
                column = Key(entity).GetColumnName();
                parameter = new DirectParameter("p" + Parameters.Count, field, "id", ParameterKind.Id, lookup.TypeName);
            }
            else
            {
                return null;
            }

            Parameters.Add(parameter);
            return (type, entity, column, parameter.Name);
        }

        /// <summary>
        /// A connection's page: <c>array_to_json(ARRAY(SELECT json_build_array(…) FROM table c WHERE c.fk = parent.id AND
        /// filter ORDER BY c.fk, keys LIMIT @p))</c> for <c>{ nodes { … } }</c>. With <c>pageInfo</c> one row more is read,
        /// each row carries its sort-key values last (for the cursors), and the page and its <c>pageInfo</c> are cut from
        /// that one array.
        /// </summary>
        private Part? Connection(GraphQLField field, FieldType definition, DirectConnection connection, (IEntityType Entity, string Alias)? parent)
        {
            if (PageOf(field, definition, connection, parent) is not var (connectionType, entity, fields, keys, keyProperties, row, conditions, foreignKey, size))
            {
                return null;
            }

            // The nodes, page info and __typename asked for, each as SQL over the page's array `a`.
            var nodeFields = fields.Where(f => f.Name.StringValue == "nodes").ToList();
            var pageInfoFields = fields.Where(f => f.Name.StringValue == "pageInfo").ToList();
            if (pageInfoFields.Count > 0 && nodeFields.Count > 1)
            {
                return null;
            }

            var withPageInfo = pageInfoFields.Count > 0;
            var withCursors = false;
            var pageInfos = new List<(GraphQLField Field, List<(GraphQLField Field, string Sql, DirectShape? Shape)> Values)>();
            var signature = KeysetPaging.Signature(keys);
            var page = NextAlias();
            foreach (var info in pageInfoFields)
            {
                if (connectionType.GetField("pageInfo") is not { } pageInfo || Unwrap(pageInfo.ResolvedType) is not IObjectGraphType infoType
                    || Fields(info.SelectionSet, infoType.Name) is not { } infoFields)
                {
                    return null;
                }

                var infoValues = new List<(GraphQLField Field, string Sql, DirectShape? Shape)>();
                foreach (var inner in infoFields)
                {
                    (string Sql, DirectShape? Shape)? value = inner.Name.StringValue switch
                    {
                        "__typename" => (Literal(infoType.Name), null),
                        "hasNextPage" => ($"cardinality({page}.a) > @{size.Name}", null),
                        "hasPreviousPage" => ("false", null),
                        "startCursor" => ($"{page}.a[least(cardinality({page}.a), @{size.Name}, 1)] -> -1", new CursorShape(signature)),
                        "endCursor" => ($"{page}.a[least(cardinality({page}.a), @{size.Name})] -> -1", new CursorShape(signature)),
                        _ => null,
                    };
                    if (value is null)
                    {
                        return null;
                    }

                    withCursors |= value.Value.Shape is CursorShape;
                    infoValues.Add((inner, value.Value.Sql, value.Value.Shape));
                }

                pageInfos.Add((info, infoValues));
            }

            if (withCursors && !CursorTypes(keyProperties))
            {
                return null;
            }

            var cursorKeys = withCursors ? "json_build_array(" + string.Join(", ", keyProperties.Select(p => row + "." + Quote(p.GetColumnName()))) + ")" : null;
            var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
            var order = OrderBy(row, foreignKey, keys, keyProperties);

            // ARRAY(subquery) keeps the subquery's order: no sort per parent, as an ordered aggregate would need.
            string Rows(string element, string limit) =>
                $"ARRAY(SELECT {element} FROM {Table(entity)} AS {row}{where} ORDER BY {string.Join(", ", order)} LIMIT {limit})";

            var values = new List<(GraphQLField Field, Part Value)>();
            string? nodeJson = null;
            foreach (var inner in fields)
            {
                var name = inner.Name.StringValue;
                if (name == "__typename")
                {
                    values.Add((inner, new Part(Literal(connectionType.Name), null)));
                    continue;
                }

                if (name == "pageInfo")
                {
                    var info = pageInfos.First(p => p.Field == inner);
                    values.Add((inner, new Part(
                        "json_build_array(" + string.Join(", ", info.Values.Select(v => v.Sql)) + ")",
                        new ObjectShape([.. info.Values.Select(v => JsonEncodedText.Encode(ResponseKey(v.Field), GraphConventions.ResponseEncoder))], [.. info.Values.Select(v => v.Shape)]))));
                    continue;
                }

                if (name != "nodes" || connectionType.GetField("nodes") is not { } nodes
                    || Unwrap(nodes.ResolvedType) is not ListGraphType { ResolvedType: var item } || Unwrap(item) is not IObjectGraphType nodeType
                    || Entity(nodeType) is not { } nodeEntity || nodeEntity != entity
                    || Object(nodeType, entity, row, inner.SelectionSet, cursorKeys) is not { } json)
                {
                    return null;
                }

                if (withPageInfo)
                {
                    nodeJson = json.Sql;
                    values.Add((inner, new Part($"array_to_json({page}.a[1:@{size.Name}])", new ListShape(json.Shape!))));
                }
                else
                {
                    values.Add((inner, new Part($"array_to_json({Rows(json.Sql, Limit(size, 0))})", new ListShape(json.Shape!))));
                }
            }

            if (values.Count is 0 or > MaxObjectKeys)
            {
                return null;
            }

            var built = Build(values);
            if (!withPageInfo)
            {
                return built;
            }

            // Each element of the page's array: the node with its sort-key values last, or (no nodes selected) those alone.
            // OFFSET 0 keeps the array a subquery of its own: pulled up, each use of `a` would read the rows again.
            var element = nodeJson ?? "json_build_array(" + cursorKeys + ")";
            return built with { Sql = $"(SELECT {built.Sql} FROM (SELECT {Rows(element, Limit(size, 1))} AS a OFFSET 0) AS {page})" };
        }

        /// <summary>
        /// What a connection's page reads: its type, table and selected fields, its sort keys and their properties, the
        /// row's alias, the conditions on it (the parent's foreign key, the <c>where</c> argument) and the page size's
        /// parameter. Null for arguments other than <c>first</c>, <c>where</c> and <c>order</c>, or ones not written plainly.
        /// </summary>
        private (IObjectGraphType Type, IEntityType Entity, List<GraphQLField> Fields, IReadOnlyList<SortKey> Keys, List<IProperty> KeyProperties,
            string Row, List<string> Conditions, string? ForeignKey, DirectParameter Size)? PageOf(
            GraphQLField field, FieldType definition, DirectConnection connection, (IEntityType Entity, string Alias)? parent)
        {
            if (field.Arguments?.Items.Any(a => a.Name.StringValue is not ("first" or "where" or "order")) == true
                || Unwrap(definition.ResolvedType) is not IObjectGraphType connectionType
                || model.FindEntityType(connection.Entity) is not { } entity
                || Fields(field.SelectionSet, connectionType.Name) is not { } fields
                || SortKeys(field, connection) is not { } keys)
            {
                return null;
            }

            var keyProperties = new List<IProperty>();
            foreach (var key in keys)
            {
                if (Property(entity, key.Selector) is not { } property)
                {
                    return null;
                }

                keyProperties.Add(property);
            }

            var row = NextAlias();
            var conditions = new List<string>();
            string? foreignKey = null;
            if (parent is not null)
            {
                if (connection.ForeignKey is null || Property(entity, connection.ForeignKey) is not { } fk)
                {
                    return null;
                }

                foreignKey = fk.GetColumnName();
                conditions.Add($"{row}.{Quote(foreignKey)} = {parent.Value.Alias}.{Quote(Key(parent.Value.Entity).GetColumnName())}");
            }

            if (field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "where") is { Value: not GraphQLNullValue } whereArgument)
            {
                if (Filter(field, entity, row, whereArgument.Value, []) is not { } condition)
                {
                    return null;
                }

                conditions.Add(condition);
            }

            var size = new DirectParameter("p" + Parameters.Count, field, "first", ParameterKind.PageSize);
            Parameters.Add(size);
            return (connectionType, entity, fields, keys, keyProperties, row, conditions, foreignKey, size);
        }

        /// <summary>Whether a cursor can hold these sort keys' values as field execution reads them: integers, text or booleans.</summary>
        private static bool CursorTypes(List<IProperty> keys) =>
            keys.All(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) is var t && (t == typeof(int) || t == typeof(string) || t == typeof(bool)));

        /// <summary>The <c>ORDER BY</c> of a page: the parent's foreign key first, then each sort key's column once.</summary>
        private static List<string> OrderBy(string row, string? foreignKey, IReadOnlyList<SortKey> keys, List<IProperty> keyProperties)
        {
            var sortColumns = new List<string>();
            var order = new List<string>();
            if (foreignKey is not null)
            {
                sortColumns.Add(foreignKey);
                order.Add(row + "." + Quote(foreignKey));
            }

            for (var i = 0; i < keys.Count; i++)
            {
                var column = keyProperties[i].GetColumnName();
                if (!sortColumns.Contains(column))
                {
                    sortColumns.Add(column);
                    order.Add(row + "." + Quote(column) + (keys[i].Descending ? " DESC" : ""));
                }
            }

            return order;
        }

        /// <summary>A page size to be written into the statement as a number (see <see cref="Sql"/>), plus <paramref name="more"/>.</summary>
        private static string Limit(DirectParameter size, int more) => LimitMark + size.Name + (more == 1 ? "+" : "") + LimitMark;

        /// <summary>
        /// The sort keys field execution uses for the connection's <c>order</c> (<see cref="SortExpressions.Keys{T}"/>):
        /// null when the order is a variable, names an enum or a related row's field, or is refused.
        /// </summary>
        private static IReadOnlyList<SortKey>? SortKeys(GraphQLField field, DirectConnection connection)
        {
            object? order = null;
            if (field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "order") is { } argument)
            {
                switch (argument.Value)
                {
                    case GraphQLNullValue:
                        break;
                    case GraphQLObjectValue single:
                        // Input coercion makes one object given for the list a list of one.
                        order = new List<object?> { SortElement(single) };
                        break;
                    case GraphQLListValue list:
                        var elements = new List<object?>();
                        foreach (var value in list.Values ?? [])
                        {
                            elements.Add(value is GraphQLObjectValue element ? SortElement(element) : null);
                        }

                        order = elements;
                        break;
                    default:
                        return null;
                }

                if (order is null || (order is List<object?> items && items.Any(i => i is null)))
                {
                    return null;
                }
            }

            try
            {
                return (IReadOnlyList<SortKey>)typeof(SortExpressions).GetMethod(nameof(SortExpressions.Keys))!.MakeGenericMethod(connection.Entity)
                    .Invoke(null, [order, connection.Defaults])!;
            }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is GraphQL.ExecutionError)
            {
                return null;
            }

            static Dictionary<string, object?>? SortElement(GraphQLObjectValue value)
            {
                var element = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in value.Fields ?? [])
                {
                    if (field.Value is not GraphQLEnumValue direction)
                    {
                        return null;
                    }

                    element[field.Name.StringValue] = direction.Name.StringValue;
                }

                return element;
            }
        }

        /// <summary>
        /// A <c>where</c> argument written in the document as SQL over the row <paramref name="alias"/>: its values (literals
        /// or variables) become parameters read from the request's arguments. Takes the conditions field execution
        /// translates plainly (<c>eq</c>, <c>neq</c> on Int, String and Boolean columns; <c>gt</c>, <c>gte</c>, <c>lt</c>,
        /// <c>lte</c> on Int) joined by <c>and</c> and <c>or</c>; null for anything else.
        /// </summary>
        private string? Filter(GraphQLField field, IEntityType entity, string alias, GraphQLValue value, List<object> path)
        {
            if (value is not GraphQLObjectValue filter)
            {
                return null;
            }

            var members = EntityShapes.MembersOf(entity.ClrType);
            var parts = new List<string>();
            foreach (var item in filter.Fields ?? [])
            {
                var name = item.Name.StringValue;
                if (name is "and" or "or")
                {
                    if (item.Value is not GraphQLListValue list)
                    {
                        return null;
                    }

                    var subs = new List<string>();
                    var index = 0;
                    foreach (var element in list.Values ?? [])
                    {
                        if (Filter(field, entity, alias, element, [.. path, name, index++]) is not { } sub)
                        {
                            return null;
                        }

                        subs.Add(sub);
                    }

                    if (subs.Count > 0)
                    {
                        parts.Add("(" + string.Join(name == "and" ? " AND " : " OR ", subs) + ")");
                    }

                    continue;
                }

                if (members.FirstOrDefault(m => m.Name == name) is not { Kind: MemberKind.Scalar } member
                    || entity.FindProperty(member.Property.Name) is not { } property
                    || (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) is not { } clr
                    || (clr != typeof(int) && clr != typeof(string) && clr != typeof(bool))
                    || item.Value is not GraphQLObjectValue operations)
                {
                    return null;
                }

                var column = alias + "." + Quote(property.GetColumnName());
                foreach (var operation in operations.Fields ?? [])
                {
                    var op = operation.Name.StringValue;
                    if (operation.Value is GraphQLNullValue || (clr != typeof(int) && op is not ("eq" or "neq")))
                    {
                        return null;
                    }

                    var parameter = new DirectParameter("p" + Parameters.Count, field, "where", ParameterKind.Value, Path: [.. path, name, op], ValueType: clr);
                    var sql = op switch
                    {
                        "eq" => $"{column} = @{parameter.Name}",
                        "neq" => property.IsNullable ? $"({column} <> @{parameter.Name} OR {column} IS NULL)" : $"{column} <> @{parameter.Name}",
                        "gt" => $"{column} > @{parameter.Name}",
                        "gte" => $"{column} >= @{parameter.Name}",
                        "lt" => $"{column} < @{parameter.Name}",
                        "lte" => $"{column} <= @{parameter.Name}",
                        _ => null,
                    };
                    if (sql is null)
                    {
                        return null;
                    }

                    Parameters.Add(parameter);
                    parts.Add(sql);
                }
            }

            return parts.Count == 0 ? "TRUE" : "(" + string.Join(" AND ", parts) + ")";
        }

        /// <summary><c>json_build_array(value, …)</c> for the fields selected on an entity row.</summary>
        private Part? Object(IObjectGraphType type, IEntityType entity, string alias, GraphQLSelectionSet? set, string? tail = null)
        {
            if (set is null || Fields(set, type.Name) is not { } fields || fields.Count + (tail is null ? 0 : 1) > MaxObjectKeys)
            {
                return null;
            }

            var values = new List<(GraphQLField Field, Part Value)>();
            foreach (var field in fields)
            {
                if (Value(type, entity, alias, field) is not { } value)
                {
                    return null;
                }

                values.Add((field, value));
            }

            return Build(values, tail);
        }

        private Part? Value(IObjectGraphType type, IEntityType entity, string alias, GraphQLField field)
        {
            var name = field.Name.StringValue;
            if (name == "__typename")
            {
                return new Part(Literal(type.Name), null);
            }

            if (type.GetField(name) is not { } definition || (field.Arguments?.Items.Count > 0 && definition.GetMetadata<DirectConnection?>(DirectFields.ConnectionKey) is null))
            {
                return null;
            }

            if (definition.GetMetadata<bool>(DirectFields.GlobalIdKey))
            {
                return type.Name.Length <= MaxGlobalIdPrefix && IsTypeName(type.Name)
                    ? new Part($"encode(convert_to('{type.Name}:' || {alias}.{Quote(Key(entity).GetColumnName())}, 'UTF8'), 'base64')", null)
                    : null;
            }

            if (definition.GetMetadata<DirectConnection?>(DirectFields.ConnectionKey) is { ForeignKey: not null } connection)
            {
                return Connection(field, definition, connection, (entity, alias));
            }

            if (definition.GetMetadata<string?>(DirectFields.RelationKey) is { } navigationName)
            {
                return Relation(definition, entity, alias, navigationName, field.SelectionSet);
            }

            return Column(definition, entity, alias) is { } column ? new Part(column, null) : null;
        }

        /// <summary><c>(SELECT json_build_array(…) FROM target r WHERE r.id = row.fk)</c>: null when the row has none.</summary>
        private Part? Relation(FieldType definition, IEntityType entity, string alias, string navigationName, GraphQLSelectionSet? set)
        {
            if (RelationOf(definition, entity, navigationName) is not var (type, target, foreignKey, principalKey))
            {
                return null;
            }

            var related = NextAlias();
            return Object(type, target, related, set) is { } json
                ? json with { Sql = $"(SELECT {json.Sql} FROM {Table(target)} AS {related} WHERE {related}.{Quote(principalKey)} = {alias}.{Quote(foreignKey)})" }
                : null;
        }

        /// <summary>A to-one relation's type and table, the row's foreign key column and the related table's key column.</summary>
        private (IObjectGraphType Type, IEntityType Target, string ForeignKey, string PrincipalKey)? RelationOf(FieldType definition, IEntityType entity, string navigationName) =>
            entity.FindNavigation(navigationName) is { IsCollection: false, IsOnDependent: true } navigation
                && navigation.ForeignKey.Properties is [var foreignKey]
                && navigation.ForeignKey.PrincipalKey.Properties is [var principalKey]
                && Unwrap(definition.ResolvedType) is IObjectGraphType type
                && Entity(type) is { } target && target == navigation.TargetEntityType
                && !(definition.ResolvedType is NonNullGraphType && foreignKey.IsNullable)
                ? (type, target, foreignKey.GetColumnName(), principalKey.GetColumnName())
                : null;

        /// <summary>A column read by a plain property field, as JSON: enums by the names their graph type gives them.</summary>
        private static string? Column(FieldType definition, IEntityType entity, string alias)
        {
            if (ColumnOf(definition, entity) is not { } column)
            {
                return null;
            }

            var sql = alias + "." + Quote(column.Property.GetColumnName());
            if (column.Kind != ColumnKind.Enum)
            {
                return sql;
            }

            var cases = new StringBuilder("CASE ").Append(sql);
            foreach (var (stored, name) in column.EnumNames!)
            {
                cases.Append(" WHEN ").Append(Literal(stored)).Append(" THEN ").Append(Literal(name));
            }

            return cases.Append(" END").ToString();
        }

        /// <summary>
        /// The column a plain property field reads (GraphQL.NET's expression resolver over a mapped property of the same
        /// name): String, Int, Boolean, an enum (with the name of each stored value), or a list of String.
        /// </summary>
        private static (IProperty Property, ColumnKind Kind, IReadOnlyDictionary<string, string>? EnumNames)? ColumnOf(FieldType definition, IEntityType entity)
        {
            if (definition.Resolver?.GetType() is not { IsGenericType: true } resolver
                || resolver.GetGenericTypeDefinition() != typeof(ExpressionFieldResolver<,>)
                || !definition.Metadata.TryGetValue("ORIGINAL_EXPRESSION_PROPERTY_NAME", out var member)
                || member is not string memberName
                || !string.Equals(memberName, definition.Name, StringComparison.OrdinalIgnoreCase)
                || entity.FindProperty(memberName) is not { PropertyInfo: not null } property
                || (definition.ResolvedType is NonNullGraphType && property.IsNullable))
            {
                return null;
            }

            var clr = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            ColumnKind? kind = Unwrap(definition.ResolvedType) switch
            {
                StringGraphType when clr == typeof(string) => ColumnKind.String,
                IntGraphType when clr == typeof(int) => ColumnKind.Int,
                BooleanGraphType when clr == typeof(bool) => ColumnKind.Boolean,
                EnumerationGraphType when clr.IsEnum => ColumnKind.Enum,
                ListGraphType { ResolvedType: var item } when Unwrap(item) is StringGraphType && clr == typeof(List<string>) => ColumnKind.StringList,
                _ => null,
            };
            if (kind is null)
            {
                return null;
            }

            if (kind != ColumnKind.Enum)
            {
                return (property, kind.Value, null);
            }

            return EnumNames((EnumerationGraphType)Unwrap(definition.ResolvedType)!, property, clr) is { } names ? (property, kind.Value, names) : null;
        }

        /// <summary>The stored text of each value of an enum column, and the name its graph type gives it.</summary>
        private static Dictionary<string, string>? EnumNames(EnumerationGraphType type, IProperty property, Type clr)
        {
            if ((property.GetValueConverter() ?? property.GetTypeMapping().Converter) is not { } converter)
            {
                return null;
            }

            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var value in Enum.GetValues(clr))
            {
                if (converter.ConvertToProvider(value) is not string stored || type.Serialize(value) is not string name)
                {
                    return null;
                }

                names[stored] = name;
            }

            return names;
        }

        /// <summary>The property a sort key or foreign key reads: a mapped property of the row, not an enum.</summary>
        private static IProperty? Property(IEntityType entity, LambdaExpression selector)
        {
            var body = selector.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : selector.Body;
            return body is MemberExpression { Member: var member, Expression: var on } && on == selector.Parameters[0]
                && entity.FindProperty(member.Name) is { } property
                && !(Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType).IsEnum
                ? property
                : null;
        }

        /// <summary>The fields of a selection set in order, fragments on the same type inlined; null for directives, other type conditions or a response key given twice.</summary>
        private List<GraphQLField>? Fields(GraphQLSelectionSet? set, string typeName)
        {
            var fields = new List<GraphQLField>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            return set is not null && Collect(set, typeName, fields, keys, 0) ? fields : null;
        }

        private bool Collect(GraphQLSelectionSet set, string typeName, List<GraphQLField> fields, HashSet<string> keys, int depth)
        {
            if (depth > 8)
            {
                return false;
            }

            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField { Directives: null or { Items.Count: 0 } } field:
                        if (!keys.Add(ResponseKey(field)))
                        {
                            return false;
                        }

                        fields.Add(field);
                        break;
                    case GraphQLInlineFragment { Directives: null or { Items.Count: 0 } } inline
                        when inline.TypeCondition is null || inline.TypeCondition.Type.Name.StringValue == typeName:
                        if (!Collect(inline.SelectionSet, typeName, fields, keys, depth + 1))
                        {
                            return false;
                        }

                        break;
                    case GraphQLFragmentSpread { Directives: null or { Items.Count: 0 } } spread:
                        var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>()
                            .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                        if (fragment is null || fragment.TypeCondition.Type.Name.StringValue != typeName
                            || fragment.Directives?.Items.Count > 0 || !Collect(fragment.SelectionSet, typeName, fields, keys, depth + 1))
                        {
                            return false;
                        }

                        break;
                    default:
                        return false;
                }
            }

            return true;
        }

        private IEntityType? Entity(IObjectGraphType type) =>
            kinds.Named(type.Name) is { } kind ? model.FindEntityType(kind.ClrType) : null;

        private string NextAlias() => "t" + (_aliases++).ToString(CultureInfo.InvariantCulture);

        private static IProperty Key(IEntityType entity) => entity.FindPrimaryKey()!.Properties[0];

        private static string Table(IEntityType entity) =>
            (entity.GetSchema() is { } schema ? Quote(schema) + "." : "") + Quote(entity.GetTableName()!);

        private static IGraphType? Unwrap(IGraphType? type) => type is NonNullGraphType { ResolvedType: var inner } ? inner : type;

        private static string ResponseKey(GraphQLField field) => (field.Alias?.Name ?? field.Name).StringValue;

        private static bool IsTypeName(string name) => name.All(char.IsAsciiLetterOrDigit);

        private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
