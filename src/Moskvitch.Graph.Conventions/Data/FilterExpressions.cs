using System.Collections;
using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// Turns a <c>where</c> argument (the parsed <c>{Type}FilterInput</c>) into an expression EF Core translates to SQL.
/// Values become SQL parameters; user text in string operators is literal (LIKE wildcards escaped).
/// </summary>
public static class FilterExpressions
{
    public const string NullNotSupportedCode = ErrorCodes.NullNotSupported;
    public const int MaxListLength = 100;
    public const int MaxStringLength = 256;

    public static IQueryable<T> ApplyWhere<T>(IQueryable<T> query, object? where)
    {
        if (where is not IDictionary<string, object?> filter)
        {
            return query;
        }

        var parameter = Expression.Parameter(typeof(T), "e");
        var body = Object(typeof(T), parameter, filter, EntityShapes.NameOf(typeof(T)));
        return body is null ? query : query.Where(Expression.Lambda<Func<T, bool>>(body, parameter));
    }

    private static Expression? Object(Type entity, Expression target, IDictionary<string, object?> filter, string typeName)
    {
        var members = EntityShapes.MembersOf(entity).ToDictionary(m => m.Name, StringComparer.Ordinal);
        var parts = new List<Expression>();
        foreach (var (name, value) in filter)
        {
            if (name is "and" or "or")
            {
                var items = AsList(value, name, typeName);
                var subs = items.Select(i => Object(entity, target, (IDictionary<string, object?>)i!, typeName) ?? Expression.Constant(true)).ToList();
                if (subs.Count > 0)
                {
                    parts.Add(name == "and" ? subs.Aggregate(Expression.AndAlso) : subs.Aggregate(Expression.OrElse));
                }

                continue;
            }

            if (!members.TryGetValue(name, out var member) || value is null)
            {
                if (value is null)
                {
                    throw NullNotSupported(name, typeName);
                }

                continue;
            }

            var access = Expression.Property(target, member.Property);
            var operations = (IDictionary<string, object?>)value;
            parts.Add(member.Kind switch
            {
                MemberKind.Reference => Expression.AndAlso(
                    Expression.NotEqual(access, Expression.Constant(null, access.Type)),
                    Object(member.Target!, access, operations, member.OperandType) ?? Expression.Constant(true)),
                MemberKind.Collection => Collection(member, access, operations),
                MemberKind.StringList => StringList(member, access, operations, typeName),
                MemberKind.Id => Id(access, operations, member.OperandType == "ID" ? typeName : member.OperandType),
                _ => Operations(access, operations, member.Name, member.OperandType + "OperationFilterInput"),
            });
        }

        return parts.Count == 0 ? null : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Collection(EntityMember member, Expression access, IDictionary<string, object?> operations)
    {
        var element = member.Target!;
        var parts = new List<Expression>();
        foreach (var (op, value) in operations)
        {
            if (op == "any")
            {
                var any = Call(nameof(Enumerable.Any), [element], access);
                parts.Add(value is true ? any : Expression.Not(any));
                continue;
            }

            if (value is not IDictionary<string, object?> inner)
            {
                throw NullNotSupported(op, "ListFilterInputTypeOf" + EntityShapes.FilterInputName(member.OperandType));
            }

            var p = Expression.Parameter(element, "x");
            var predicate = Expression.Lambda(Object(element, p, inner, member.OperandType) ?? Expression.Constant(true), p);
            parts.Add(op switch
            {
                "some" => Call(nameof(Enumerable.Any), [element], access, predicate),
                "all" => Call(nameof(Enumerable.All), [element], access, predicate),
                _ => Expression.Not(Call(nameof(Enumerable.Any), [element], access, predicate)),
            });
        }

        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression StringList(EntityMember member, Expression access, IDictionary<string, object?> operations, string typeName)
    {
        var parts = new List<Expression>();
        foreach (var (op, value) in operations)
        {
            if (op == "any")
            {
                var any = Call(nameof(Enumerable.Any), [typeof(string)], access);
                parts.Add(value is true ? any : Expression.Not(any));
                continue;
            }

            if (value is not IDictionary<string, object?> inner)
            {
                throw NullNotSupported(op, typeName);
            }

            var p = Expression.Parameter(typeof(string), "s");
            var predicate = Expression.Lambda(Operations(p, inner, member.Name, "StringOperationFilterInput"), p);
            parts.Add(op switch
            {
                "some" => Call(nameof(Enumerable.Any), [typeof(string)], access, predicate),
                "all" => Call(nameof(Enumerable.All), [typeof(string)], access, predicate),
                _ => Expression.Not(Call(nameof(Enumerable.Any), [typeof(string)], access, predicate)),
            });
        }

        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Id(Expression access, IDictionary<string, object?> operations, string typeName)
    {
        int? Decode(object? id)
        {
            if (id is null)
            {
                return null;
            }

            if (!GlobalId.TryDecode(id.ToString(), out var type, out var key))
            {
                throw new ExecutionError("The node ID string has an invalid format.") { Code = ErrorCodes.InvalidId };
            }

            // A well-formed id of another type matches nothing.
            return type == typeName ? key : -1;
        }

        var converted = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (op, value) in operations)
        {
            converted[op] = op is "in" or "nin" ? AsList(value, op, "IdOperationFilterInput").Select(Decode).ToList() : Decode(value);
        }

        return Operations(access, converted, "id", "IdOperationFilterInput");
    }

    private static Expression Operations(Expression access, IDictionary<string, object?> operations, string field, string inputName)
    {
        var parts = new List<Expression>();
        foreach (var (op, value) in operations)
        {
            if (op is "and" or "or")
            {
                var subs = AsList(value, op, inputName).Select(i => Operations(access, (IDictionary<string, object?>)i!, field, inputName)).ToList();
                if (subs.Count > 0)
                {
                    parts.Add(op == "and" ? subs.Aggregate(Expression.AndAlso) : subs.Aggregate(Expression.OrElse));
                }

                continue;
            }

            parts.Add(Operation(access, op, value, field, inputName));
        }

        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression Operation(Expression access, string op, object? value, string field, string inputName)
    {
        var type = access.Type;
        switch (op)
        {
            case "eq":
                return Expression.Equal(access, Parameter(value, type));
            case "neq":
                return Expression.NotEqual(access, Parameter(value, type));
            case "in" or "nin":
                {
                    var values = AsList(value, op, inputName).Select(v => Convert(v, type)).ToList();
                    var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;
                    foreach (var v in values)
                    {
                        list.Add(v);
                    }

                    var contains = Call(nameof(Enumerable.Contains), [type], Box(list, list.GetType()), access);
                    return op == "in" ? contains : Expression.Not(contains);
                }
        }

        if (value is null)
        {
            throw NullNotSupported(field, inputName);
        }

        if (type == typeof(string))
        {
            var text = (string)value;
            if (text.Length > MaxStringLength)
            {
                throw new ExecutionError($"Filter text is limited to {MaxStringLength} characters.") { Code = ErrorCodes.FilterTextTooLong };
            }

            var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
            return op switch
            {
                "contains" => Like(access, "%" + escaped + "%", ignoreCase: false),
                "ncontains" => Expression.Not(Like(access, "%" + escaped + "%", ignoreCase: false)),
                "startsWith" => Like(access, escaped + "%", ignoreCase: false),
                "nstartsWith" => Expression.Not(Like(access, escaped + "%", ignoreCase: false)),
                "endsWith" => Like(access, "%" + escaped, ignoreCase: false),
                "nendsWith" => Expression.Not(Like(access, "%" + escaped, ignoreCase: false)),
                "ieq" => Like(access, escaped, ignoreCase: true),
                "icontains" => Like(access, "%" + escaped + "%", ignoreCase: true),
                "istartsWith" => Like(access, escaped + "%", ignoreCase: true),
                "iendsWith" => Like(access, "%" + escaped, ignoreCase: true),
                _ => throw new ExecutionError($"Unknown string operation `{op}`."),
            };
        }

        var operand = Parameter(value, type);
        return op switch
        {
            "gt" => Expression.GreaterThan(access, operand),
            "ngt" => Expression.Not(Expression.GreaterThan(access, operand)),
            "gte" => Expression.GreaterThanOrEqual(access, operand),
            "ngte" => Expression.Not(Expression.GreaterThanOrEqual(access, operand)),
            "lt" => Expression.LessThan(access, operand),
            "nlt" => Expression.Not(Expression.LessThan(access, operand)),
            "lte" => Expression.LessThanOrEqual(access, operand),
            "nlte" => Expression.Not(Expression.LessThanOrEqual(access, operand)),
            _ => throw new ExecutionError($"Unknown operation `{op}`."),
        };
    }

    private static Expression Like(Expression access, string pattern, bool ignoreCase)
    {
        var method = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
            ignoreCase ? nameof(NpgsqlDbFunctionsExtensions.ILike) : nameof(DbFunctionsExtensions.Like),
            [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)]);
        method ??= typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like),
            [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
        var functions = Expression.Property(null, typeof(EF), nameof(EF.Functions));
        return Expression.Call(method, functions, access, Box(pattern, typeof(string)), Expression.Constant("\\"));
    }

    /// <summary>A value as a captured variable, so EF sends it as a SQL parameter rather than a literal.</summary>
    private static Expression Parameter(object? value, Type type) => Box(Convert(value, type), type);

    private static Expression Box(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<int>.Value));
    }

    private static object? Convert(object? value, Type type)
    {
        if (value is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        if (target.IsEnum)
        {
            return value is string s ? Enum.Parse(target, s, ignoreCase: true) : Enum.ToObject(target, value);
        }

        return target == typeof(DateOnly) && value is DateTime dt
            ? DateOnly.FromDateTime(dt)
            : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<object?> AsList(object? value, string op, string typeName)
    {
        if (value is null)
        {
            throw NullNotSupported(op, typeName);
        }

        var list = ((IEnumerable)value).Cast<object?>().ToList();
        return list.Count > MaxListLength
            ? throw new ExecutionError($"`{op}` takes at most {MaxListLength} items.") { Code = ErrorCodes.ListTooLong }
            : list;
    }

    private static MethodCallExpression Call(string name, Type[] typeArguments, params Expression[] arguments) =>
        Expression.Call(typeof(Enumerable), name, typeArguments, arguments);

    private static ExecutionError NullNotSupported(string field, string typeName)
    {
        var error = new ExecutionError($"The provided value for filter `{field}` of type {typeName} is invalid. Null values are not supported.")
        {
            Code = NullNotSupportedCode,
        };
        error.Extensions ??= [];
        error.Extensions["filterType"] = typeName;
        return error;
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
