using System.Data.Common;
using System.Linq.Expressions;
using System.Text.Json;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// Cursor-connection fields (HotChocolate's <c>UsePaging</c> + <c>UseFiltering</c> + <c>UseSorting</c>): <c>first</c>,
/// <c>after</c>, <c>last</c>, <c>before</c>, <c>where</c> and <c>order</c>, read with keyset paging in PostgreSQL.
/// Root fields read one page with one statement; nested fields read the pages of all their parents with one statement
/// (a lateral join per parent), whatever the page sizes. <c>totalCount</c> runs a COUNT only when selected (a root
/// connection's sums the entity's <see cref="CountSummary"/> where its filters allow).
/// </summary>
public static class ConnectionFields
{
    /// <summary>
    /// A root connection over the rows <paramref name="source"/> selects (default: the whole table). The page and the
    /// <c>totalCount</c> read the same rows: <paramref name="source"/> reads the field's own arguments when the field
    /// resolves, and the count, which runs later, keeps only what it returned. <paramref name="sourceIsTableWithoutArguments"/>
    /// says that <paramref name="source"/> selects the whole table when none of the field's own arguments is given: then
    /// a direct statement (see <see cref="Direct.DirectPlan"/>) may answer the requests that give none.
    /// </summary>
    public static FieldBuilder<object?, object> AddConnection<TEntity>(
        this ObjectGraphType query, string name, string description, SortKey[] defaults, RowSource<TEntity>? source = null,
        bool sourceIsTableWithoutArguments = false)
        where TEntity : class
    {
        var direct = source is null || sourceIsTableWithoutArguments ? new Direct.DirectConnection(typeof(TEntity), null, defaults) : null;
        source ??= static _ => static db => db.Set<TEntity>();
        return query.ConnectionField<object?, TEntity>(name, description, null)
            .WithMetadata(Direct.DirectFields.ConnectionKey, direct)
            .ResolveAsync(async c =>
            {
                var scope = FieldScope.Of(c);
                var field = c.FieldAst;
                var summary = scope.Services.GetRequiredService<EntityKinds>().SummaryOf(typeof(TEntity));
                if (CompiledConnections.Find<TEntity>(field) is { } plan)
                {
                    try
                    {
                        var read = SelectsPage(c) ? await scope.QueryAsync(db => plan.PageAsync(db, scope.CancellationToken)) : plan.Empty;
                        return Connection.From(read, () => new Loaders.Deferred<int>(ct => scope.QueryAsync(db =>
                            scope.Services.GetRequiredService<SnapshotCache>().GetOrComputeAsync(db, plan.CountKey, () => plan.CountAsync(db, ct), ct))));
                    }
                    catch (Exception e) when (e is not OperationCanceledException && !scope.CancellationToken.IsCancellationRequested && e is not DbException)
                    {
                        // A plan that fails where the general path would not is dropped for good; this request goes on below.
                        CompiledConnections.Refuse(field);
                    }
                }

                var (request, keys, limits) = Prepare<TEntity>(c, defaults);
                var where = c.GetArgument<object?>("where");
                var selected = source(c);
                IQueryable<TEntity> Rows(DbContext db) => FilterExpressions.ApplyWhere(selected(db), where);
                var selectsPage = SelectsPage(c);
                var nodes = Selection.Nodes(c);
                var compile = CompiledConnections.ShouldCompile(field);
                var page = selectsPage || compile
                    ? await scope.QueryAsync(async db =>
                    {
                        var (rows, toPage) = KeysetPaging.PageQuery(Rows(db), keys, request, limits.DefaultPageSize, Projection.Of<TEntity>(db, scope.Schema, nodes));
                        if (compile)
                        {
                            try
                            {
                                CompiledConnections.Compile(field, Rows(db), rows, toPage, KeysetPaging.Empty<TEntity>(request), summary);
                            }
                            catch (Exception e) when (e is not OperationCanceledException)
                            {
                                // EF Core could not compile this shape: it stays on the general path, which answers it.
                                CompiledConnections.Refuse(field);
                            }
                        }

                        return selectsPage ? toPage(await rows.ToListAsync(scope.CancellationToken)) : KeysetPaging.Empty<TEntity>(request);
                    })
                    : KeysetPaging.Empty<TEntity>(request);
                return Connection.From(page, () => new Loaders.Deferred<int>(ct => scope.QueryAsync(db =>
                {
                    var rows = Rows(db);
                    return scope.Services.GetRequiredService<SnapshotCache>()
                        .GetOrComputeAsync(db, "count:" + rows.ToQueryString(), () => CountSummary.CountAsync(summary, rows, ct), ct);
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
        var direct = source is null ? new Direct.DirectConnection(typeof(TEntity), foreignKey, defaults) : null;
        source ??= static _ => static db => db.Set<TEntity>();
        return type.ConnectionField<TParent, TEntity>(name, description, connectionName)
            .WithMetadata(Direct.DirectFields.ConnectionKey, direct)
            .Resolve(c =>
            {
                // The field resolves once per parent, always with the same arguments and selection within a request: its
                // page request, sort keys, batch names and loaders are worked out for the first parent only.
                var field = FieldScope.Of(c).Batches.PerField(c.FieldAst, c.ParentType, () => Nested<TParent, TEntity>(c, defaults, foreignKey, source));
                var parent = EntityKey.Of(c.Source);
                var page = field.SelectsPage ? field.Pages.Load(parent) : new Loaders.Completed<Page<TEntity>?>(null);
                return new Loaders.Mapped<Page<TEntity>?, Connection>(page, p => Connection.From(p ?? field.Empty, () => field.Counts.Load(parent)));
            });
    }

    /// <summary>What a nested connection field needs for every parent: whether it reads a page, the empty page, and the loaders of pages and counts.</summary>
    private sealed record NestedField<TEntity>(bool SelectsPage, Page<TEntity> Empty, BatchLoader<int, Page<TEntity>> Pages, BatchLoader<int, int> Counts);

    private static NestedField<TEntity> Nested<TParent, TEntity>(
        IResolveFieldContext c, SortKey[] defaults, Expression<Func<TEntity, int?>> foreignKey, RowSource<TEntity> source)
        where TParent : class
        where TEntity : class
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
        return new NestedField<TEntity>(SelectsPage(c), KeysetPaging.Empty<TEntity>(request), pages, counts);
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

    internal static Expression<Func<T, bool>> KeyIn<T>(Expression<Func<T, int?>> foreignKey, IReadOnlyList<int> keys) =>
        // Captured variables, not constants: EF Core sends them as parameters and reuses the compiled query, where a
        // constant list would be inlined and compiled anew for every set of keys.
        Expression.Lambda<Func<T, bool>>(EntityKey.KeyMatch<int?>(foreignKey.Body, keys), foreignKey.Parameters[0]);
}
