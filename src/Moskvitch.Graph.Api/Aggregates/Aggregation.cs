using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Aggregates;

/// <summary>
/// Grouped aggregates computed by PostgreSQL: the source query (already filtered by <c>where</c>) is grouped by a key
/// and every measure aggregated in one <c>SELECT … GROUP BY</c> that EF Core translates; C# only formats the keys.
/// </summary>
public static class Aggregation
{
    public const int MaxMeasures = 5;

    public static Measure<T> M<T, TValue>(string name, Expression<Func<T, TValue>> selector) => new(name, selector);

    public static async Task<IReadOnlyList<AggregateGroup>> RunAsync<T, TKey>(
        IQueryable<T> source, Expression<Func<T, TKey>> key, IReadOnlyList<Measure<T>> measures,
        Func<TKey, string?> format, Func<TKey, (Unit Unit, FigureKind Kind)>? figure, CancellationToken cancellationToken)
    {
        if (measures.Count > MaxMeasures)
        {
            throw new ArgumentOutOfRangeException(nameof(measures));
        }

        var group = Expression.Parameter(typeof(IGrouping<TKey, T>), "g");
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(typeof(GroupRow<TKey>).GetProperty(nameof(GroupRow<TKey>.Key))!, Expression.Property(group, nameof(IGrouping<TKey, T>.Key))),
            Expression.Bind(typeof(GroupRow<TKey>).GetProperty(nameof(GroupRow<TKey>.Count))!, Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(T)], group)),
        };
        for (var i = 0; i < measures.Count; i++)
        {
            bindings.Add(Expression.Bind(typeof(GroupRow<TKey>).GetProperty("M" + i.ToString(CultureInfo.InvariantCulture))!, MeasureOf<T>(group, measures[i].Selector)));
        }

        var projection = Expression.Lambda<Func<IGrouping<TKey, T>, GroupRow<TKey>>>(
            Expression.MemberInit(Expression.New(typeof(GroupRow<TKey>)), bindings), group);
        var rows = await source.GroupBy(key).Select(projection).ToListAsync(cancellationToken);

        return [.. rows
            .Select(r =>
            {
                var slots = new[] { r.M0, r.M1, r.M2, r.M3, r.M4 };
                var of = figure?.Invoke(r.Key);
                var byName = new Dictionary<string, MeasureRow>(StringComparer.Ordinal);
                for (var i = 0; i < measures.Count; i++)
                {
                    var m = slots[i]!;
                    if (m.Count == 0 || of is { Kind: not FigureKind.Annual })
                    {
                        // Only annual figures add up: a cumulative total, a rate, a share … summed would mean nothing.
                        // And SUM over no values is NULL in SQL; EF's translation adds COALESCE(…, 0).
                        m.Sum = null;
                    }

                    byName[measures[i].Name] = m;
                }

                return new AggregateGroup(format(r.Key), of?.Unit, of?.Kind, r.Count, byName);
            })
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ThenBy(g => g.Unit)
            .ThenBy(g => g.Kind)];
    }

    /// <summary><c>new MeasureRow { Count = g.Count(x =&gt; v(x) != null), Sum = g.Sum(v), Min = g.Min(v), Max = g.Max(v), Avg = g.Average(v) }</c> with v cast to decimal?.</summary>
    private static MemberInitExpression MeasureOf<T>(ParameterExpression group, LambdaExpression selector)
    {
        var x = Expression.Parameter(typeof(T), "x");
        var body = new Rebinder(selector.Parameters[0], x).Visit(selector.Body);
        var value = Expression.Lambda<Func<T, decimal?>>(Expression.Convert(body, typeof(decimal?)), x);
        var present = Expression.Lambda<Func<T, bool>>(Expression.NotEqual(value.Body, Expression.Constant(null, typeof(decimal?))), x);
        MemberAssignment Bind(string property, string method, LambdaExpression lambda) =>
            Expression.Bind(typeof(MeasureRow).GetProperty(property)!, Expression.Call(typeof(Enumerable), method, [typeof(T)], group, lambda));
        return Expression.MemberInit(Expression.New(typeof(MeasureRow)),
            Bind(nameof(MeasureRow.Count), nameof(Enumerable.Count), present),
            Bind(nameof(MeasureRow.Sum), nameof(Enumerable.Sum), value),
            Bind(nameof(MeasureRow.Min), nameof(Enumerable.Min), value),
            Bind(nameof(MeasureRow.Max), nameof(Enumerable.Max), value),
            Bind(nameof(MeasureRow.Avg), nameof(Enumerable.Average), value));
    }

    /// <summary>A key as text: enums as their GraphQL names (STATION_WAGON), numbers invariant.</summary>
    public static string? Text(object? key) => key switch
    {
        null => null,
        string s => s,
        Enum e => e.ToString().ToConstantCase(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => key.ToString(),
    };

    /// <summary>A decade's first year as <c>1960s</c>.</summary>
    public static string? Decade(int? firstYear) => firstYear is int y ? y.ToString(CultureInfo.InvariantCulture) + "s" : null;

    private sealed class Rebinder(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
