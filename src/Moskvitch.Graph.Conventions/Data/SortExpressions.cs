using System.Linq.Expressions;
using GraphQL;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// Turns an <c>order</c> argument (<c>[{Type}SortInput!]</c>) into sort keys: list elements in order, fields of one
/// element in field order, nested objects through references. The entity's id always ends the list so that the
/// order is total (keyset paging relies on it).
/// </summary>
public static class SortExpressions
{
    public const int MaxKeys = 5;

    public static IReadOnlyList<SortKey> Keys<T>(object? order, IReadOnlyList<SortKey> defaults)
    {
        var keys = new List<SortKey>();
        if (order is System.Collections.IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                if (item is IDictionary<string, object?> element)
                {
                    var parameter = Expression.Parameter(typeof(T), "e");
                    Collect(typeof(T), parameter, parameter, element, "", keys, EntityShapes.NameOf(typeof(T)));
                }
            }
        }
        else if (order is IDictionary<string, object?> single)
        {
            var parameter = Expression.Parameter(typeof(T), "e");
            Collect(typeof(T), parameter, parameter, single, "", keys, EntityShapes.NameOf(typeof(T)));
        }

        if (keys.Count == 0)
        {
            keys.AddRange(defaults);
        }

        if (keys.Count > MaxKeys)
        {
            throw new ExecutionError($"At most {MaxKeys} sort keys are allowed.") { Code = ErrorCodes.TooManySortKeys };
        }

        if (!keys.Any(k => k.Path == "id"))
        {
            var parameter = Expression.Parameter(typeof(T), "e");
            keys.Add(new SortKey(Expression.Lambda(EntityKey.Access(parameter), parameter), false, "id"));
        }

        return keys;
    }

    /// <summary>
    /// An enum key as its rank in the order of its stored text (a CASE in SQL): the same order as sorting the text
    /// column, whatever the database's collation, and an integer a keyset cursor can compare.
    /// </summary>
    internal static Expression EnumRank(Expression access, Type enumType)
    {
        var ordered = Enum.GetValues(enumType).Cast<object>()
            .OrderBy(v => System.Text.RegularExpressions.Regex.Replace(v.ToString()!, "(?<!^)([A-Z])", "_$1").ToLowerInvariant(), StringComparer.Ordinal)
            .ToList();
        var nullableType = typeof(Nullable<>).MakeGenericType(enumType);
        var value = access.Type == nullableType ? access : Expression.Convert(access, nullableType);
        Expression result = Expression.Constant(null, typeof(int?));
        for (var i = ordered.Count - 1; i >= 0; i--)
        {
            var test = Expression.Equal(value, Expression.Constant(ordered[i], nullableType));
            result = Expression.Condition(test, Expression.Constant((int?)i, typeof(int?)), result);
        }

        return result;
    }

    public static IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, bool reverse = false)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending ^ reverse;
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (descending ? "Descending" : "");
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), keys[i].Selector.ReturnType], expression, Expression.Quote(keys[i].Selector));
        }

        return query.Provider.CreateQuery<T>(expression);
    }

    private static void Collect(Type entity, ParameterExpression root, Expression target, IDictionary<string, object?> element, string prefix, List<SortKey> keys, string typeName)
    {
        var members = EntityShapes.MembersOf(entity).ToDictionary(m => m.Name, StringComparer.Ordinal);
        foreach (var (name, value) in element)
        {
            if (!members.TryGetValue(name, out var member))
            {
                continue;
            }

            if (value is null)
            {
                throw new ExecutionError($"The provided value for sort field `{name}` of type {typeName}SortInput is invalid. Null values are not supported.")
                {
                    Code = ErrorCodes.NullNotSupported,
                };
            }

            var access = Expression.Property(target, member.Property);
            if (member.Kind == MemberKind.Reference)
            {
                Collect(member.Target!, root, access, (IDictionary<string, object?>)value, prefix + name + ".", keys, member.OperandType);
            }
            else
            {
                var descending = string.Equals(value.ToString(), "DESC", StringComparison.Ordinal);
                var key = member.Kind == MemberKind.Enum ? EnumRank(access, member.Target!) : access;
                keys.Add(new SortKey(Expression.Lambda(key, root), descending, prefix + name));
            }
        }
    }
}
