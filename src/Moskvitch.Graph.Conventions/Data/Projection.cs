using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Caching.Memory;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// Reads only the columns a selection needs: <c>e =&gt; new T { Id = e.Id, Name = e.Name, … }</c> with the columns of
/// the selected fields, the id, and every column no field of the type is named after (foreign keys and others that
/// resolvers read). A selected to-one relation (a model's maker, an influence's source model) is joined into the same
/// statement and projected the same way, down to <see cref="MaxJoinDepth"/> levels; its resolver takes it from the
/// row (<see cref="Loaders.LoadById{T}(IResolveFieldContext, T, int?)"/>) instead of a batch of its own.
/// </summary>
public static class Projection
{
    /// <summary>How many to-one relations deep a projection joins (an influence's source model's maker is 2).</summary>
    public const int MaxJoinDepth = 2;

    /// <summary>The projection of <typeparamref name="T"/> onto what <paramref name="selection"/> needs (built once per selection).</summary>
    public static Expression<Func<T, T>> Of<T>(DbContext db, ISchema schema, Selection selection) =>
        selection.Derived(s =>
        {
            var row = Expression.Parameter(typeof(T), "e");
            return Expression.Lambda<Func<T, T>>(Init(db, schema, typeof(T), row, s, 0), row);
        });

    /// <summary>
    /// <c>db.Set&lt;T&gt;().Where(e =&gt; keys.Contains(e.Id)).Select(projection)</c>, compiled by EF Core once per
    /// selection shape (see <see cref="Compiled{TQuery}"/>): a look-up by id skips building its expression tree, EF
    /// Core's query-cache look-up and its parameter extraction on every request.
    /// </summary>
    public static Func<DbContext, int[], IAsyncEnumerable<T>> ByIds<T>(DbContext db, ISchema schema, Selection selection)
        where T : class
    {
        var projection = Of<T>(db, schema, selection);
        return Compiled(selection,
            () => EF.CompileAsyncQuery(WithProjection<T, Func<DbContext, int[], IQueryable<T>>>(
                (d, keys) => d.Set<T>().Where(e => keys.Contains(EF.Property<int>(e, EntityKey.Name))).Select(Placeholder<T>.Projection), projection)));
    }

    /// <summary>
    /// <c>db.Set&lt;T&gt;().Where(e =&gt; e.Id == id).Select(projection).FirstOrDefault()</c>, compiled once per selection
    /// shape like <see cref="ByIds{T}"/>: a batch of one key is read by equality, which PostgreSQL plans once for the
    /// prepared statement (see <see cref="EntityKey.KeyMatch{TKey}"/>).
    /// </summary>
    public static Func<DbContext, int, CancellationToken, Task<T?>> ById<T>(DbContext db, ISchema schema, Selection selection)
        where T : class
    {
        var projection = Of<T>(db, schema, selection);
        return Compiled(selection,
            () => EF.CompileAsyncQuery(WithProjection<T, Func<DbContext, int, CancellationToken, T?>>(
                (d, id, _) => d.Set<T>().Where(e => EF.Property<int>(e, EntityKey.Name) == id).Select(Placeholder<T>.Projection).FirstOrDefault(), projection)));
    }

    /// <summary>
    /// <c>db.Set&lt;T&gt;().Where(e =&gt; e.Slug == slug).Select(projection).FirstOrDefault()</c>, compiled once per
    /// selection shape like <see cref="ByIds{T}"/>.
    /// </summary>
    public static Func<DbContext, string, CancellationToken, Task<T?>> BySlug<T>(DbContext db, ISchema schema, Selection selection)
        where T : class
    {
        var projection = Of<T>(db, schema, selection);
        return Compiled(selection,
            () => EF.CompileAsyncQuery(WithProjection<T, Func<DbContext, string, CancellationToken, T?>>(
                (d, slug, _) => d.Set<T>().Where(e => EF.Property<string>(e, "Slug") == slug).Select(Placeholder<T>.Projection).FirstOrDefault(), projection)));
    }

    /// <summary>
    /// How many compiled look-ups are kept (each a query shape: an entity type and a selection), the least recently used
    /// dropped first. Each holds EF Core's compiled pipeline for its shape, tens of kilobytes: a client that selects ever
    /// new sets of fields must not make the service keep them all (2,500 new selections added 90 MB to the service's
    /// memory when a thousand were kept for good).
    /// </summary>
    public const int MaxCompiledQueries = 256;

    private static readonly MemoryCache CompiledQueries = new(new MemoryCacheOptions { SizeLimit = MaxCompiledQueries, CompactionPercentage = 0.25 });

    /// <summary>How many compiled look-ups are kept now.</summary>
    public static int CompiledQueryCount => CompiledQueries.Count;

    /// <summary>
    /// The compiled query for this selection's shape (its <see cref="Selection.Key"/>), shared by every document that
    /// selects the same fields while it is among the <see cref="MaxCompiledQueries"/> kept.
    /// </summary>
    private static TQuery Compiled<TQuery>(Selection selection, Func<TQuery> compile)
        where TQuery : class
    {
        var key = (typeof(TQuery), selection.Key);
        if (CompiledQueries.TryGetValue(key, out TQuery? found) && found is not null)
        {
            return found;
        }

        var compiled = compile();
        CompiledQueries.Set(key, compiled, new MemoryCacheEntryOptions { Size = 1 });
        return compiled;
    }

    /// <summary>The query <paramref name="template"/> with <paramref name="projection"/> in place of <see cref="Placeholder{T}.Projection"/>.</summary>
    private static Expression<TQuery> WithProjection<T, TQuery>(Expression<TQuery> template, Expression<Func<T, T>> projection) =>
        (Expression<TQuery>)new Substitute(
            typeof(Placeholder<T>).GetField(nameof(Placeholder<T>.Projection))!, Expression.Quote(projection)).Visit(template)!;

    /// <summary>Stands for the projection in a query template until <see cref="Substitute"/> puts it in.</summary>
    private static class Placeholder<T>
    {
        public static readonly Expression<Func<T, T>> Projection = e => e;
    }

    private sealed class Substitute(System.Reflection.FieldInfo placeholder, Expression with) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) =>
            node is MemberExpression { Member: var member, Expression: null } && member == placeholder ? with : base.Visit(node);
    }

    private static MemberInitExpression Init(DbContext db, ISchema schema, Type clrType, Expression row, Selection selection, int depth)
    {
        var fieldNames = schema.AllTypes[EntityShapes.NameOf(clrType)] is IComplexGraphType type
            ? type.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal)
            : [];
        var entity = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not mapped.");
        var columns = entity.GetProperties()
            .Where(p => p.PropertyInfo is not null)
            .Where(p => p.Name == "Id" || !fieldNames.Contains(Camel(p.Name)) || selection.Contains(Camel(p.Name)))
            .Select(p => (MemberBinding)Expression.Bind(p.PropertyInfo!, Expression.Property(row, p.PropertyInfo!)));
        var relations = depth >= MaxJoinDepth
            ? []
            : entity.GetNavigations()
                .Where(n => !n.IsCollection && n.PropertyInfo is not null && selection.Contains(Camel(n.Name)))
                .Select(n => (MemberBinding)Expression.Bind(n.PropertyInfo!, Related(db, schema, row, n, selection.Of(Camel(n.Name)), depth + 1)));
        return Expression.MemberInit(Expression.New(clrType), columns.Concat(relations));
    }

    /// <summary><c>e.Maker == null ? null : new Organization { … }</c>.</summary>
    private static Expression Related(DbContext db, ISchema schema, Expression row, INavigation navigation, Selection selection, int depth)
    {
        var access = Expression.Property(row, navigation.PropertyInfo!);
        var type = navigation.TargetEntityType.ClrType;
        return Expression.Condition(
            Expression.Equal(access, Expression.Constant(null, type)),
            Expression.Constant(null, type),
            Init(db, schema, type, access, selection, depth));
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
