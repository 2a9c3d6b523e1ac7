using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Caching.Memory;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// A root connection whose arguments are all written in the document (no variable in them) reads the same rows with the
/// same statements every time its cached document is sent. The second time it is resolved, its page query and its count
/// are compiled by EF Core once (<see cref="Plan{T}"/>); from then on the compiled queries run, without building the
/// filter, order, seek and projection expressions again, without EF Core's parameter extraction and query-cache look-up
/// (which hash the whole expression tree), and without writing the count's SQL for its result-cache key.
/// </summary>
/// <remarks>
/// The first sighting of a field is left to the general path: a document parsed for one request only (the document cache
/// off, a document sent once) never pays for a compilation. At most <see cref="MaxPlans"/> plans are kept (least recently
/// used first out), each holding EF Core's compiled pipeline for its two queries.
/// </remarks>
public static class CompiledConnections
{
    public const int MaxPlans = 256;

    private static readonly MemoryCache Plans = new(new MemoryCacheOptions { SizeLimit = MaxPlans, CompactionPercentage = 0.25 });
    private static readonly ConditionalWeakTable<GraphQLField, object> Seen = [];
    private static readonly ConditionalWeakTable<GraphQLField, object> Constant = [];
    private static readonly object Yes = true, No = false;

    /// <summary>How many plans are kept now.</summary>
    public static int Count => Plans.Count;

    /// <summary>The plan compiled for this field, if any.</summary>
    public static Plan<T>? Find<T>(GraphQLField field)
        where T : class =>
        Plans.TryGetValue(field, out Plan<T>? plan) ? plan : null;

    /// <summary>True when this field's arguments hold no variable and the field has been resolved before.</summary>
    public static bool ShouldCompile(GraphQLField field)
    {
        if (Constant.GetValue(field, static f => ArgumentVariables.Any(f.Arguments) ? No : Yes) != Yes)
        {
            return false;
        }

        if (Seen.TryGetValue(field, out _))
        {
            return true;
        }

        Seen.AddOrUpdate(field, Yes);
        return false;
    }

    /// <summary>Leaves this field to the general path for good (its queries could not be compiled).</summary>
    public static void Refuse(GraphQLField field)
    {
        Constant.AddOrUpdate(field, No);
        Plans.Remove(field);
    }

    /// <summary>Compiles and keeps the plan of <paramref name="field"/> from the queries its first resolution built.</summary>
    /// <remarks>The count sums <paramref name="summary"/> where the filters allow (see <see cref="CountSummary"/>).</remarks>
    public static Plan<T> Compile<T>(
        GraphQLField field, IQueryable<T> rows, IQueryable<KeysetPaging.Keyed<T>> page, Func<List<KeysetPaging.Keyed<T>>, Page<T>> toPage, Page<T> empty,
        CountSummary? summary = null)
        where T : class
    {
        var db = Expression.Parameter(typeof(DbContext), "db");
        var cancellation = Expression.Parameter(typeof(CancellationToken), "ct");
        var detached = new Detach(db);
        var compiledPage = EF.CompileAsyncQuery(Expression.Lambda<Func<DbContext, IQueryable<KeysetPaging.Keyed<T>>>>(detached.Visit(page.Expression), db));
        Func<DbContext, CancellationToken, Task<int>> compiledCount;
        if (summary?.SumOf(rows.Expression) is { } sum)
        {
            var compiledSum = EF.CompileAsyncQuery(Expression.Lambda<Func<DbContext, CancellationToken, long>>(detached.Visit(sum), db, cancellation));
            compiledCount = async (context, ct) => checked((int)await compiledSum(context, ct));
        }
        else
        {
            var count = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(T)], detached.Visit(rows.Expression));
            compiledCount = EF.CompileAsyncQuery(Expression.Lambda<Func<DbContext, CancellationToken, int>>(count, db, cancellation));
        }

        var plan = new Plan<T>(compiledPage, toPage, compiledCount, "count:" + rows.ToQueryString(), empty);
        Plans.Set(field, plan, new MemoryCacheEntryOptions { Size = 1 });
        return plan;
    }

    /// <summary>
    /// A query built on one DbContext made fit to run on any: its roots lose the query provider of the context they were
    /// built on, and a context the query captured (a row source's subquery, <c>db.Set&lt;T&gt;().Any(…)</c>, closes over
    /// its <c>db</c>) becomes the compiled query's own context parameter. Left captured, the compiled query would read
    /// through the first request's context, which is back in the pool and may serve another request.
    /// </summary>
    private sealed class Detach(ParameterExpression db) : ExpressionVisitor
    {
        protected override Expression VisitExtension(Expression node) =>
            node is QueryRootExpression root ? root.DetachQueryProvider() : base.VisitExtension(node);

        protected override Expression VisitMember(MemberExpression node) =>
            typeof(DbContext).IsAssignableFrom(node.Type) && node.Expression is ConstantExpression
                ? (node.Type == typeof(DbContext) ? db : Expression.Convert(db, node.Type))
                : base.VisitMember(node);

        protected override Expression VisitConstant(ConstantExpression node) =>
            node.Value is DbContext ? (node.Type == typeof(DbContext) ? db : Expression.Convert(db, node.Type)) : base.VisitConstant(node);
    }

    /// <summary>A root connection's compiled page and count, and how the page's rows become the page.</summary>
    public sealed class Plan<T>(
        Func<DbContext, IAsyncEnumerable<KeysetPaging.Keyed<T>>> page,
        Func<List<KeysetPaging.Keyed<T>>, Page<T>> toPage,
        Func<DbContext, CancellationToken, Task<int>> count,
        string countKey,
        Page<T> empty)
        where T : class
    {
        /// <summary>The page's rows on <paramref name="db"/>.</summary>
        public async Task<Page<T>> PageAsync(DbContext db, CancellationToken cancellationToken)
        {
            var rows = new List<KeysetPaging.Keyed<T>>();
            await foreach (var row in page(db).WithCancellation(cancellationToken))
            {
                rows.Add(row);
            }

            return toPage(rows);
        }

        /// <summary>The page when no page is selected (only <c>totalCount</c>).</summary>
        public Page<T> Empty => empty;

        /// <summary>The number of rows the connection pages through.</summary>
        public Task<int> CountAsync(DbContext db, CancellationToken cancellationToken) => count(db, cancellationToken);

        /// <summary>The count's key in the result cache (its SQL).</summary>
        public string CountKey => countKey;
    }
}
