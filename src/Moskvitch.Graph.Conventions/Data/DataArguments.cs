using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>The <c>where</c> and <c>order</c> arguments of list and connection fields, and their application.</summary>
public static class DataArguments
{
    /// <summary>Adds <c>where: {Type}FilterInput</c> and <c>order: [{Type}SortInput!]</c>.</summary>
    public static FieldBuilder<TSource, TReturn> WithWhereAndOrder<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string typeName)
    {
        field.FieldType.Arguments ??= new QueryArguments();
        field.FieldType.Arguments.Add(new QueryArgument(new GraphQLTypeReference(EntityShapes.FilterInputName(typeName)))
        {
            Name = "where",
            Description = $"Only the {typeName} rows matching these conditions (HotChocolate filtering; text operators are literal).",
        });
        field.FieldType.Arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(EntityShapes.SortInputName(typeName)))))
        {
            Name = "order",
            Description = "Sort keys, first the primary one; ties are broken by id.",
        });
        return field;
    }

    /// <summary>Applies the field's <c>where</c> and <c>order</c> arguments (or <paramref name="defaults"/>) to <paramref name="query"/>.</summary>
    public static IQueryable<T> ApplyWhereAndOrder<T>(this IResolveFieldContext context, IQueryable<T> query, IReadOnlyList<SortKey> defaults)
    {
        var filtered = FilterExpressions.ApplyWhere(query, context.GetArgument<object?>("where"));
        return SortExpressions.Apply(filtered, SortExpressions.Keys<T>(context.GetArgument<object?>("order"), defaults));
    }

    /// <summary>A default sort key on <paramref name="selector"/>.</summary>
    public static SortKey By<T, TKey>(System.Linq.Expressions.Expression<Func<T, TKey>> selector, bool descending = false)
    {
        // An enum key sorts by its rank in the order of its stored text, as the order argument sorts it.
        var enumType = Nullable.GetUnderlyingType(typeof(TKey)) ?? typeof(TKey);
        return enumType.IsEnum
            ? new(System.Linq.Expressions.Expression.Lambda(SortExpressions.EnumRank(selector.Body, enumType), selector.Parameters), descending, selector.Body.ToString())
            : new(selector, descending, selector.Body.ToString());
    }
}
