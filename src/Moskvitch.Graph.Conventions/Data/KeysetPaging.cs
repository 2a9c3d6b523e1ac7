using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// Keyset ("seek") paging: a page is fetched with <c>WHERE (sort keys) &gt; (cursor's keys)</c> and <c>LIMIT n + 1</c>,
/// never <c>OFFSET</c>, so page 1,000 costs what page 1 costs and pages stay stable while rows are added. Cursors are
/// opaque: base64url of the row's sort-key values plus a signature of the sort order, so a cursor from another sort
/// order, or a tampered one, is refused. Nulls sort as PostgreSQL sorts them: last ascending, first descending.
/// </summary>
public static class KeysetPaging
{
    public const int DefaultPageSize = 10;
    public const int DefaultMaxPageSize = 50;
    public const string InvalidCursorCode = ErrorCodes.InvalidCursor;

    public static async Task<Page<T>> PageAsync<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, PageRequest request, int defaultPageSize, CancellationToken cancellationToken, Expression<Func<T, T>>? projection = null)
    {
        var (rows, toPage) = PageQuery(query, keys, request, defaultPageSize, projection);
        return toPage(await rows.ToListAsync(cancellationToken));
    }

    /// <summary>
    /// What <see cref="PageAsync{T}"/> runs: the page's query (its rows with their sort-key values, one more than the
    /// page holds) and how the rows it returns become the page. Built once, the query can be compiled and run again.
    /// </summary>
    public static (IQueryable<Keyed<T>> Rows, Func<List<Keyed<T>>, Page<T>> ToPage) PageQuery<T>(
        IQueryable<T> query, IReadOnlyList<SortKey> keys, PageRequest request, int defaultPageSize, Expression<Func<T, T>>? projection = null)
    {
        var (filtered, signature, backward, size) = Slice(query, keys, request, defaultPageSize);

        // The key values come from SQL with the rows: a key through a reference (maker.name) is not loaded on the entity.
        var row = Expression.Parameter(typeof(T), "e");
        var keyed = Expression.Lambda<Func<T, Keyed<T>>>(
            Expression.New(typeof(Keyed<T>).GetConstructors()[0], Project(projection, row), KeyValues(keys, row)), row);
        var rows = SortExpressions.Apply(filtered, keys, reverse: backward).Take(size + 1).Select(keyed);
        return (rows, read => ToPage(read.Select(r => (r.Row, r.Keys)).ToList(), size, backward, request, signature));
    }

    /// <summary>
    /// The same page for each of <paramref name="parentIds"/> over the rows whose <paramref name="foreignKey"/> is that
    /// parent's id, in one statement: <c>parents JOIN LATERAL (rows WHERE fk = parent.id AND seek ORDER BY keys LIMIT n + 1)</c>.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, Page<T>>> PageManyAsync<TParent, T>(
        IQueryable<TParent> parents, IQueryable<T> query, Expression<Func<T, int?>> foreignKey, IReadOnlyList<int> parentIds,
        IReadOnlyList<SortKey> keys, PageRequest request, int defaultPageSize, CancellationToken cancellationToken, Expression<Func<T, T>>? projection = null)
        where TParent : class
        where T : class
    {
        var (filtered, signature, backward, size) = Slice(query, keys, request, defaultPageSize);
        var parent = Expression.Parameter(typeof(TParent), "p");
        // fk >= p.id AND fk <= p.id rather than fk = p.id: EF Core turns an equality into a ROW_NUMBER() window over the
        // whole child table; this form stays a LATERAL subquery, an index range scan with LIMIT per parent.
        var parentId = Expression.Convert(EntityKey.Access(parent), typeof(int?));
        var ofParent = Expression.Lambda<Func<T, bool>>(
            Expression.AndAlso(Expression.GreaterThanOrEqual(foreignKey.Body, parentId), Expression.LessThanOrEqual(foreignKey.Body, parentId)),
            foreignKey.Parameters[0]);
        // The foreign key leads the order: constant within a parent, it changes nothing, but it keeps PostgreSQL from
        // walking the primary key's index (ORDER BY id LIMIT n) across the whole table in search of one parent's rows.
        var perParent = SortExpressions.Apply(filtered.Where(ofParent), [new SortKey(foreignKey, false, "parent"), .. keys], reverse: backward).Take(size + 1);
        var collection = Expression.Lambda<Func<TParent, IEnumerable<T>>>(perParent.Expression, parent);
        var ids = parentIds.ToList();
        var row = Expression.Parameter(typeof(T), "r");
        var pair = Expression.Lambda<Func<TParent, T, Nested<T>>>(
            Expression.MemberInit(Expression.New(typeof(Nested<T>)),
                Expression.Bind(typeof(Nested<T>).GetProperty(nameof(Nested<T>.ParentId))!, EntityKey.Access(parent)),
                Expression.Bind(typeof(Nested<T>).GetProperty(nameof(Nested<T>.Row))!, row)),
            parent, row);
        var pairs = parents.Where(EntityKey.In<TParent>(ids)).SelectMany(collection, pair);

        // Order the joined rows by parent, then by the keys, and read the key values with them.
        var nested = Expression.Parameter(typeof(Nested<T>), "n");
        var rowOfNested = Expression.Property(nested, nameof(Nested<T>.Row));
        var ordered = pairs.OrderBy(n => n.ParentId);
        foreach (var key in keys)
        {
            var body = new ParameterRebinder(key.Selector.Parameters[0], rowOfNested).Visit(key.Selector.Body);
            var method = (key.Descending ^ backward ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy));
            ordered = (IOrderedQueryable<Nested<T>>)ordered.Provider.CreateQuery<Nested<T>>(Expression.Call(typeof(Queryable), method,
                [typeof(Nested<T>), body.Type], ordered.Expression, Expression.Quote(Expression.Lambda(body, nested))));
        }

        var select = Expression.Lambda<Func<Nested<T>, NestedKeyed<T>>>(Expression.MemberInit(
            Expression.New(typeof(NestedKeyed<T>)),
            Expression.Bind(typeof(NestedKeyed<T>).GetProperty(nameof(NestedKeyed<T>.ParentId))!, Expression.Property(nested, nameof(Nested<T>.ParentId))),
            Expression.Bind(typeof(NestedKeyed<T>).GetProperty(nameof(NestedKeyed<T>.Row))!, Project(projection, rowOfNested)),
            Expression.Bind(typeof(NestedKeyed<T>).GetProperty(nameof(NestedKeyed<T>.Keys))!, KeyValues(keys, rowOfNested))), nested);
        var rows = await ordered.Select(select).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ParentId).ToDictionary(
            g => g.Key,
            g => ToPage(g.Select(r => (r.Row!, r.Keys!)).ToList(), size, backward, request, signature));
    }

    /// <summary>An empty page, as a request with no rows to show gets it.</summary>
    public static Page<T> Empty<T>(PageRequest request) =>
        ToPage<T>([], 0, request.Last is not null || (request.Before is not null && request.First is null), request, "");

    private static (IQueryable<T> Filtered, string Signature, bool Backward, int Size) Slice<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, PageRequest request, int defaultPageSize)
    {
        var keyTypes = keys.Select(k => k.Selector.ReturnType).ToArray();
        var signature = Signature(keys);
        var backward = request.Last is not null || (request.Before is not null && request.First is null);
        var size = backward ? request.Last ?? defaultPageSize : request.First ?? defaultPageSize;

        var filtered = query;
        if (request.After is not null)
        {
            filtered = filtered.Where(Seek<T>(keys, Decode(request.After, signature, keyTypes, "after"), reverse: false));
        }

        if (request.Before is not null)
        {
            filtered = filtered.Where(Seek<T>(keys, Decode(request.Before, signature, keyTypes, "before"), reverse: true));
        }

        return (filtered, signature, backward, size);
    }

    /// <summary>The row itself, or the projection of it when there is one.</summary>
    private static Expression Project<T>(Expression<Func<T, T>>? projection, Expression row) =>
        projection is null ? row : new ParameterRebinder(projection.Parameters[0], row).Visit(projection.Body);

    private static NewArrayExpression KeyValues(IReadOnlyList<SortKey> keys, Expression row) =>
        Expression.NewArrayInit(typeof(object), keys.Select(k =>
            Expression.Convert(new ParameterRebinder(k.Selector.Parameters[0], row).Visit(k.Selector.Body), typeof(object))));

    private static Page<T> ToPage<T>(List<(T Row, object?[] Keys)> rows, int size, bool backward, PageRequest request, string signature)
    {
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(r => (r.Row, new PageCursor(r.Keys, signature))).ToList();
        return backward
            ? new Page<T>(edges, HasNextPage: request.Before is not null, HasPreviousPage: more)
            : new Page<T>(edges, HasNextPage: more, HasPreviousPage: request.After is not null);
    }

    /// <summary>Checks the slicing arguments as HotChocolate does: sizes within 0 … <paramref name="maxPageSize"/>.</summary>
    public static void Validate(PageRequest request, int maxPageSize, string fieldCoordinate)
    {
        foreach (var (name, value) in new[] { ("first", request.First), ("last", request.Last) })
        {
            if (value is < 0)
            {
                throw new ExecutionError($"`{name}` must not be negative.") { Code = ErrorCodes.NegativePageSize };
            }

            if (value > maxPageSize)
            {
                var error = new ExecutionError("The maximum allowed items per page were exceeded.") { Code = ErrorCodes.PageSizeTooLarge };
                error.Extensions ??= [];
                error.Extensions["fieldCoordinate"] = fieldCoordinate;
                error.Extensions["requestedItems"] = value;
                error.Extensions["maxAllowedItems"] = maxPageSize;
                throw error;
            }
        }

        if (request.First is not null && request.Last is not null)
        {
            throw new ExecutionError("Give `first` or `last`, not both.") { Code = ErrorCodes.FirstAndLast };
        }
    }

    /// <summary>
    /// The rows strictly after the cursor's row in the sort order (before it when <paramref name="reverse"/>):
    /// for keys k1…kn, (k1 after v1) or (k1 = v1 and k2 after v2) or ….
    /// </summary>
    private static Expression<Func<T, bool>> Seek<T>(IReadOnlyList<SortKey> keys, object?[] values, bool reverse)
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        Expression? any = null;
        Expression equalSoFar = Expression.Constant(true);
        for (var i = 0; i < keys.Count; i++)
        {
            var access = new ParameterRebinder(keys[i].Selector.Parameters[0], parameter).Visit(keys[i].Selector.Body);
            var descending = keys[i].Descending ^ reverse;
            var after = After(access, values[i], descending);
            var branch = Expression.AndAlso(equalSoFar, after);
            any = any is null ? branch : Expression.OrElse(any, branch);
            equalSoFar = Expression.AndAlso(equalSoFar, EqualTo(access, values[i]));
        }

        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(true), parameter);
    }

    private static Expression After(Expression access, object? value, bool descending)
    {
        var nullable = !access.Type.IsValueType || Nullable.GetUnderlyingType(access.Type) is not null;
        var isNull = nullable ? Expression.Equal(access, Expression.Constant(null, access.Type)) : (Expression)Expression.Constant(false);
        if (value is null)
        {
            // Ascending, nulls come last: nothing sorts after a null. Descending, nulls come first: every non-null does.
            return descending ? Expression.Not(isNull) : Expression.Constant(false);
        }

        var operand = Parameter(value, access.Type);
        var compare = descending ? LessThan(access, operand) : GreaterThan(access, operand);
        return descending ? compare : Expression.OrElse(compare, isNull);
    }

    private static Expression EqualTo(Expression access, object? value) =>
        value is null
            ? Expression.Equal(access, Expression.Constant(null, access.Type))
            : Expression.Equal(access, Parameter(value, access.Type));

    private static Expression GreaterThan(Expression left, Expression right) =>
        left.Type == typeof(string)
            ? Expression.GreaterThan(Expression.Call(typeof(string), nameof(string.Compare), null, left, right), Expression.Constant(0))
            : left.Type == typeof(bool) || left.Type == typeof(bool?)
                ? Expression.AndAlso(Expression.Equal(left, Expression.Constant(true, left.Type)), Expression.Equal(right, Expression.Constant(false, left.Type)))
                : Expression.GreaterThan(left, right);

    private static Expression LessThan(Expression left, Expression right) =>
        left.Type == typeof(string)
            ? Expression.LessThan(Expression.Call(typeof(string), nameof(string.Compare), null, left, right), Expression.Constant(0))
            : left.Type == typeof(bool) || left.Type == typeof(bool?)
                ? Expression.AndAlso(Expression.Equal(left, Expression.Constant(false, left.Type)), Expression.Equal(right, Expression.Constant(true, left.Type)))
                : Expression.LessThan(left, right);

    private static Expression Parameter(object value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    internal static string Signature(IReadOnlyList<SortKey> keys)
    {
        var text = string.Join(',', keys.Select(k => k.Path + (k.Descending ? "-" : "+")));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 4));
    }

    internal static string Encode(object?[] values, string signature)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new CursorBody(signature, [.. values.Select(v => v is null ? (JsonElement?)null : JsonSerializer.SerializeToElement(v, v.GetType()))]));
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>
    /// The cursor of a row whose sort-key values PostgreSQL wrote as a JSON array (<c>[1961, 42]</c>): the same text
    /// <see cref="Encode(object?[], string)"/> gives for the same values.
    /// </summary>
    internal static string Encode(ReadOnlySpan<byte> keys, string signature)
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>(keys.Length + 32);
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteString("S", signature);
            writer.WritePropertyName("K");
            writer.WriteStartArray();
            var reader = new Utf8JsonReader(keys);
            reader.Read();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        writer.WriteStringValue(reader.GetString());
                        break;
                    case JsonTokenType.Number:
                        writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                        break;
                    case JsonTokenType.True or JsonTokenType.False:
                        writer.WriteBooleanValue(reader.TokenType == JsonTokenType.True);
                        break;
                    case JsonTokenType.Null:
                        writer.WriteNullValue();
                        break;
                    default:
                        throw new JsonException($"A sort key's value is {reader.TokenType}.");
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Convert.ToBase64String(output.WrittenSpan).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static object?[] Decode(string cursor, string signature, Type[] types, string argument)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 += (base64.Length % 4) switch { 2 => "==", 3 => "=", _ => "" };
            var body = JsonSerializer.Deserialize<CursorBody>(Convert.FromBase64String(base64));
            if (body is null || body.S != signature || body.K is null || body.K.Count != types.Length)
            {
                throw InvalidCursor(argument);
            }

            return [.. body.K.Select((v, i) => v is null || v.Value.ValueKind == JsonValueKind.Null
                ? (Nullable.GetUnderlyingType(types[i]) is null && types[i].IsValueType ? throw InvalidCursor(argument) : null)
                : v.Value.Deserialize(Nullable.GetUnderlyingType(types[i]) ?? types[i]))];
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw InvalidCursor(argument);
        }
    }

    private static ExecutionError InvalidCursor(string argument)
    {
        var error = new ExecutionError($"The cursor given in `{argument}` is not valid for this field and sort order.") { Code = InvalidCursorCode };
        error.Extensions ??= [];
        error.Extensions["argument"] = argument;
        return error;
    }

    private sealed record CursorBody(string S, List<JsonElement?> K);

    private sealed class Holder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    /// <summary>A child row with the id of the parent it was read for.</summary>
    public sealed class Nested<TRow>
    {
        public int ParentId { get; set; }

        public TRow? Row { get; set; }
    }

    /// <summary>A child row with its parent's id and its sort-key values.</summary>
    public sealed class NestedKeyed<TRow>
    {
        public int ParentId { get; set; }

        public TRow? Row { get; set; }

        public object?[]? Keys { get; set; }
    }

    /// <summary>A row with its sort-key values, read together.</summary>
    public sealed class Keyed<TRow>(TRow row, object?[] keys)
    {
        public TRow Row { get; } = row;

        public object?[] Keys { get; } = keys;
    }

    private sealed class ParameterRebinder(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
