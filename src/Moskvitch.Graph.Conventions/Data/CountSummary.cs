using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// A table that holds, for every combination of a few columns of an entity's table, how many rows have it, kept by the
/// database in the writing transaction (see <see cref="GraphConventionsBuilder.AddCountSummary{TEntity, TSummary}"/>).
/// A count of the entity's rows whose filters read only those columns is the sum of the summary rows the same filters
/// select: a filter gives every row of a combination the same answer, so it gives the combination's row that answer too.
/// </summary>
public abstract class CountSummary
{
    /// <summary>
    /// The sum that counts the rows <paramref name="rows"/> selects (a <c>long</c>), or null when <paramref name="rows"/>
    /// is not the entity's table narrowed by <c>Where</c> filters that read the summary's columns only.
    /// </summary>
    public abstract Expression? SumOf(Expression rows);

    /// <summary>The number of rows <paramref name="rows"/> selects: the summary's sum where it answers, else a COUNT.</summary>
    public static async Task<int> CountAsync<T>(CountSummary? summary, IQueryable<T> rows, CancellationToken cancellationToken) =>
        summary?.SumOf(rows.Expression) is { } sum && rows.Provider is IAsyncQueryProvider provider
            ? checked((int)await provider.ExecuteAsync<Task<long>>(sum, cancellationToken))
            : await rows.CountAsync(cancellationToken);
}

/// <summary>The summary <typeparamref name="TSummary"/> of <typeparamref name="TEntity"/>'s rows, whose counts <paramref name="count"/> reads.</summary>
internal sealed class CountSummary<TEntity, TSummary>(Expression<Func<TSummary, long>> count) : CountSummary
    where TEntity : class
    where TSummary : class
{
    private static readonly MethodInfo Where = new Func<IQueryable<TSummary>, Expression<Func<TSummary, bool>>, IQueryable<TSummary>>(Queryable.Where).Method;
    private static readonly MethodInfo Sum = new Func<IQueryable<TSummary>, Expression<Func<TSummary, long>>, long>(Queryable.Sum).Method;

    public override Expression? SumOf(Expression rows)
    {
        var filters = new Stack<LambdaExpression>();
        while (rows is MethodCallExpression { Method: { Name: nameof(Queryable.Where), DeclaringType: var declaring }, Arguments: [var source, var filter] }
               && declaring == typeof(Queryable))
        {
            if (Unquote(filter) is not { Parameters.Count: 1 } lambda)
            {
                return null;
            }

            filters.Push(lambda);
            rows = source;
        }

        if (rows is not EntityQueryRootExpression root || root.EntityType.ClrType != typeof(TEntity)
            || root.EntityType.Model.FindEntityType(typeof(TSummary)) is not { } summaryType)
        {
            return null;
        }

        Expression summary = root.QueryProvider is { } provider ? new EntityQueryRootExpression(provider, summaryType) : new EntityQueryRootExpression(summaryType);
        var parameter = Expression.Parameter(typeof(TSummary), "s");
        while (filters.TryPop(out var filter))
        {
            var rewrite = new Rewrite(filter.Parameters[0], parameter);
            var body = rewrite.Visit(filter.Body);
            if (rewrite.Failed || body is null)
            {
                return null;
            }

            summary = Expression.Call(Where, summary, Expression.Quote(Expression.Lambda<Func<TSummary, bool>>(body, parameter)));
        }

        return Expression.Call(Sum, summary, Expression.Quote(count));
    }

    private static LambdaExpression? Unquote(Expression e) =>
        e is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand as LambdaExpression : e as LambdaExpression;

    /// <summary>
    /// The filter over the summary: each column the filter reads becomes the summary's column of the same name and type.
    /// Fails on anything else that reads the row (another column, a relation, the row itself) and on subqueries.
    /// </summary>
    private sealed class Rewrite(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        public bool Failed { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            if (Failed || node is null)
            {
                return node;
            }

            if (typeof(IQueryable).IsAssignableFrom(node.Type) || typeof(DbContext).IsAssignableFrom(node.Type))
            {
                return Fail(node);
            }

            return base.Visit(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression != from)
            {
                return base.VisitMember(node);
            }

            return typeof(TSummary).GetProperty(node.Member.Name) is { } column && column.PropertyType == node.Type
                ? Expression.Property(to, column)
                : Fail(node);
        }

        protected override Expression VisitParameter(ParameterExpression node) => node == from ? Fail(node) : node;

        protected override Expression VisitExtension(Expression node) => Fail(node);

        private Expression Fail(Expression node)
        {
            Failed = true;
            return node;
        }
    }
}
