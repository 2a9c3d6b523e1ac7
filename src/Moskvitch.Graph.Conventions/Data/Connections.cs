using System.Linq.Expressions;
using System.Text.Json;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// The rows a connection field selects from its own arguments (beyond <c>where</c> and <c>order</c>): called when the
/// field resolves, it reads those arguments from <paramref name="field"/> and returns a function of the DbContext that
/// keeps only their values, so that the page and the <c>totalCount</c>, which runs later, read the same rows.
/// </summary>
public delegate Func<DbContext, IQueryable<TEntity>> RowSource<TEntity>(IResolveFieldContext field)
    where TEntity : class;

/// <summary>Row sources for connections filtered by one argument of their own.</summary>
public static class RowSources
{
    /// <summary>The rows <paramref name="rows"/> selects with the value of the field's <paramref name="argument"/>, read when the field resolves.</summary>
    public static RowSource<TEntity> ByArgument<TEntity, TValue>(string argument, Func<DbContext, TValue, IQueryable<TEntity>> rows)
        where TEntity : class =>
        field =>
        {
            var value = field.GetArgument<TValue>(argument);
            return db => rows(db, value);
        };
}

/// <summary>One page of a connection as resolved: its edges, its page info and, on demand, the total count.</summary>
public sealed class Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, Func<IDataLoaderResult<int>> totalCount)
{
    public IReadOnlyList<Edge> Edges { get; } = edges;

    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>
    /// Counts the rows the connection pages through; runs only when <c>totalCount</c> is selected, with what the
    /// connection's field read when it resolved (never a resolve context).
    /// </summary>
    public IDataLoaderResult<int> TotalCount() => totalCount();

    public static Connection From<T>(Page<T> page, Func<IDataLoaderResult<int>> totalCount)
        where T : class
    {
        var edges = page.Edges.Select(e => new Edge(e.Cursor, e.Node)).ToList();
        return new Connection(edges, new PageInfo(page.HasNextPage, page.HasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), totalCount);
    }
}

/// <summary>An edge: a node and the cursor that points at it.</summary>
public sealed record Edge(PageCursor Cursor, object Node);

/// <summary>Relay's page info.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, PageCursor? StartCursor, PageCursor? EndCursor);

/// <summary>HotChocolate's <c>PageInfo</c> type.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field(p => p.HasNextPage).Description("Indicates whether more edges exist following the set defined by the clients arguments.");
        Field(p => p.HasPreviousPage).Description("Indicates whether more edges exist prior the set defined by the clients arguments.");
        Field<StringGraphType>("startCursor").Description("When paginating backwards, the cursor to continue.").Resolve(c => c.Source.StartCursor?.Text);
        Field<StringGraphType>("endCursor").Description("When paginating forwards, the cursor to continue.").Resolve(c => c.Source.EndCursor?.Text);
    }
}

/// <summary><c>{Name}Connection</c>, named after its field as HotChocolate names it.</summary>
[DoNotRegister]
public sealed class ConnectionGraphType : ObjectGraphType<Connection>
{
    public ConnectionGraphType(string baseName, string nodeType)
    {
        Name = baseName + "Connection";
        Description = $"A connection to a list of `{nodeType}` items.";
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field("edges", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(baseName + "Edge"))))
            .Description("A list of edges.").Resolve(c => c.Source.Edges);
        Field("nodes", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(nodeType))))
            .Description("A flattened list of the nodes.").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection (counted only when selected).")
            .Resolve(c => c.Source.TotalCount());
    }
}

/// <summary><c>{Name}Edge</c>.</summary>
[DoNotRegister]
public sealed class EdgeGraphType : ObjectGraphType<Edge>
{
    public EdgeGraphType(string baseName, string nodeType)
    {
        Name = baseName + "Edge";
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => c.Source.Cursor.Text);
        Field("node", new NonNullGraphType(new GraphQLTypeReference(nodeType))).Description("The item at the end of the edge.").Resolve(c => c.Source.Node);
    }
}

/// <summary>
/// The connection and edge types of a schema, found on its fields: each connection field carries its connection's base
/// name (field <c>models</c> → <c>ModelsConnection</c>, or the name it is given) and its node type, so a new connection
/// needs no list of its own. Two fields may share a connection type only when they share its node type.
/// </summary>
public static class ConnectionTypes
{
    /// <summary>The metadata key under which a connection field keeps its connection's base name and node type.</summary>
    public const string MetadataKey = "conventions:connection";

    public static IEnumerable<IGraphType> Of(IEnumerable<IComplexGraphType> types)
    {
        var connections = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in types.SelectMany(t => t.Fields))
        {
            if (field.GetMetadata<(string BaseName, string NodeType)?>(MetadataKey) is not var (baseName, nodeType))
            {
                continue;
            }

            if (connections.TryGetValue(baseName, out var registered) && registered != nodeType)
            {
                throw new InvalidOperationException($"{baseName}Connection is a connection of {registered} and of {nodeType}: name one of the fields' connections explicitly.");
            }

            connections[baseName] = nodeType;
        }

        return connections.SelectMany(p => new IGraphType[] { new ConnectionGraphType(p.Key, p.Value), new EdgeGraphType(p.Key, p.Value) });
    }
}

/// <summary>
/// Cursor-connection fields (HotChocolate's <c>UsePaging</c> + <c>UseFiltering</c> + <c>UseSorting</c>): <c>first</c>,
/// <c>after</c>, <c>last</c>, <c>before</c>, <c>where</c> and <c>order</c>, read with keyset paging in PostgreSQL.
/// Root fields read one page with one statement; nested fields read the pages of all their parents with one statement
/// (a lateral join per parent), whatever the page sizes. <c>totalCount</c> runs a COUNT only when selected.
/// </summary>
public static class ConnectionFields
{
    /// <summary>
    /// A root connection over the rows <paramref name="source"/> selects (default: the whole table). The page and the
    /// <c>totalCount</c> read the same rows: <paramref name="source"/> reads the field's own arguments when the field
    /// resolves, and the count, which runs later, keeps only what it returned.
    /// </summary>
    public static FieldBuilder<object?, object> AddConnection<TEntity>(
        this ObjectGraphType query, string name, string description, SortKey[] defaults, RowSource<TEntity>? source = null)
        where TEntity : class
    {
        source ??= static _ => static db => db.Set<TEntity>();
        return query.ConnectionField<object?, TEntity>(name, description, null)
            .ResolveAsync(async c =>
            {
                var (request, keys, limits) = Prepare<TEntity>(c, defaults);
                var where = c.GetArgument<object?>("where");
                var selected = source(c);
                IQueryable<TEntity> Rows(DbContext db) => FilterExpressions.ApplyWhere(selected(db), where);
                var scope = FieldScope.Of(c);
                var page = SelectsPage(c) && Selection.Nodes(c) is var nodes
                    ? await scope.QueryAsync(db => KeysetPaging.PageAsync(Rows(db), keys, request, limits.DefaultPageSize, scope.CancellationToken, Projection.Of<TEntity>(db, scope.Schema, nodes)))
                    : KeysetPaging.Empty<TEntity>(request);
                return Connection.From(page, () => new Loaders.Deferred<int>(ct => scope.QueryAsync(db =>
                {
                    var rows = Rows(db);
                    return scope.Services.GetRequiredService<SnapshotCache>()
                        .GetOrComputeAsync(db, "count:" + rows.ToQueryString(), () => rows.CountAsync(ct), ct);
                })));
            });
    }

    /// <summary>
    /// A nested connection: the <typeparamref name="TEntity"/> rows whose <paramref name="foreignKey"/> is the parent's id,
    /// batched across all parents of the request that ask with the same arguments. The batches keep what the field
    /// read when it resolved (see <see cref="FieldScope"/>).
    /// </summary>
    public static FieldBuilder<TParent, object> AddConnection<TParent, TEntity>(
        this ObjectGraphType<TParent> type, string name, string description, Expression<Func<TEntity, int?>> foreignKey,
        SortKey[] defaults, string? connectionName = null, RowSource<TEntity>? source = null)
        where TParent : class
        where TEntity : class
    {
        source ??= static _ => static db => db.Set<TEntity>();
        return type.ConnectionField<TParent, TEntity>(name, description, connectionName)
            .Resolve(c =>
            {
                var (request, keys, limits) = Prepare<TEntity>(c, defaults);
                var where = c.GetArgument<object?>("where");
                var coordinate = Coordinate(c);
                // Siblings share a batch only when they ask with the same arguments and read the same columns.
                var selected = Selection.Nodes(c);
                var arguments = ArgumentsKey(c) + "|" + selected.Key;
                var scope = FieldScope.Of(c);
                var rowsOf = source(c);
                IQueryable<TEntity> Rows(DbContext db) => FilterExpressions.ApplyWhere(rowsOf(db), where);
                var pages = scope.Batches.Get<int, Page<TEntity>>("page:" + coordinate + arguments, (ids, ct) =>
                    scope.QueryAsync(db => KeysetPaging.PageManyAsync(db.Set<TParent>(), Rows(db), foreignKey, ids, keys, request, limits.DefaultPageSize, ct, Projection.Of<TEntity>(db, scope.Schema, selected))));
                var counts = scope.Batches.Get<int, int>("count:" + coordinate + arguments, (ids, ct) =>
                    scope.QueryAsync(async db => (IReadOnlyDictionary<int, int>)await Rows(db).Where(KeyIn(foreignKey, ids))
                        .GroupBy(foreignKey).Select(g => new { g.Key, Count = g.Count() })
                        .ToDictionaryAsync(g => g.Key!.Value, g => g.Count, ct)));
                var parent = EntityKey.Of(c.Source);
                var page = SelectsPage(c) ? pages.Load(parent) : new Loaders.Completed<Page<TEntity>?>(null);
                return new Loaders.Mapped<Page<TEntity>?, Connection>(page, p => Connection.From(p ?? KeysetPaging.Empty<TEntity>(request), () => counts.Load(parent)));
            });
    }

    private static FieldBuilder<TSource, object> ConnectionField<TSource, TEntity>(this ObjectGraphType<TSource> type, string name, string description, string? connectionName)
    {
        var baseName = connectionName ?? char.ToUpperInvariant(name[0]) + name[1..];
        var nodeType = EntityShapes.NameOf(typeof(TEntity));
        return type.Field(name, new GraphQLTypeReference(baseName + "Connection"))
            .Description(description)
            .WithMetadata(ConnectionTypes.MetadataKey, ((string BaseName, string NodeType)?)(baseName, nodeType))
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.")
            .WithWhereAndOrder(nodeType);
    }

    private static (PageRequest Request, IReadOnlyList<SortKey> Keys, GraphQLLimits Limits) Prepare<TEntity>(IResolveFieldContext c, SortKey[] defaults)
    {
        var limits = c.RequestServices!.GetRequiredService<GraphQLLimits>();
        var request = new PageRequest(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), c.GetArgument<int?>("last"), c.GetArgument<string?>("before"));
        KeysetPaging.Validate(request, limits.MaxPageSize, Coordinate(c));
        return (request, SortExpressions.Keys<TEntity>(c.GetArgument<object?>("order"), defaults), limits);
    }

    /// <summary>False when only <c>totalCount</c> (or <c>__typename</c>) is selected: then no page is read.</summary>
    private static bool SelectsPage(IResolveFieldContext c) =>
        c.SubFields is not { } fields || fields.Values.Any(f => f.Field.Name.StringValue is "edges" or "nodes" or "pageInfo");

    private static string Coordinate(IResolveFieldContext c) => c.ParentType.Name + "." + c.FieldDefinition.Name;

    /// <summary>The field's arguments as text: siblings asking with the same arguments share one batch.</summary>
    private static string ArgumentsKey(IResolveFieldContext c) =>
        c.Arguments is null ? "" : JsonSerializer.Serialize(c.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new object?[] { a.Key, a.Value.Value }));

    internal static Expression<Func<T, bool>> KeyIn<T>(Expression<Func<T, int?>> foreignKey, IReadOnlyList<int> keys)
    {
        var nullableKeys = keys.Select(k => (int?)k).ToList();
        // A captured variable, not a constant: EF Core sends it as one array parameter and reuses the compiled query,
        // where a constant list would be inlined and compiled anew for every set of keys.
        Expression<Func<List<int?>>> captured = () => nullableKeys;
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int?)], captured.Body, foreignKey.Body);
        return Expression.Lambda<Func<T, bool>>(contains, foreignKey.Parameters[0]);
    }
}
