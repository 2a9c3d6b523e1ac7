using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using Moskvitch.Graph.Conventions.Data;

namespace Moskvitch.Graph.Conventions.Direct;

/// <summary>
/// What a field tells <see cref="DirectPlan"/> about how it resolves, kept in its metadata by the conventions that
/// build it: a global id, a look-up by key, a connection over a table, a to-one relation. A field that says none of these
/// (and is not a plain column, see <see cref="DirectPlan"/>) keeps its document on GraphQL.NET's execution.
/// </summary>
public static class DirectFields
{
    public const string GlobalIdKey = "direct:globalId";
    public const string LookupKey = "direct:lookup";
    public const string ConnectionKey = "direct:connection";
    public const string RelationKey = "direct:relation";

    /// <summary>
    /// A to-one relation through the navigation <paramref name="navigation"/> (<c>s =&gt; s.Maker</c>) and its foreign key
    /// <paramref name="foreignKey"/>: the related row when the parent's query joined it, else loaded by id with its
    /// siblings (<see cref="Loaders.LoadById{T}(IResolveFieldContext, T, int?)"/>).
    /// </summary>
    public static FieldBuilder<TSource, object> ResolveRelation<TSource, TRelated>(
        this FieldBuilder<TSource, object> field, Expression<Func<TSource, TRelated?>> navigation, Func<TSource, int?> foreignKey)
        where TRelated : class
    {
        var joined = navigation.Compile();
        var name = navigation.Body is MemberExpression member ? member.Member.Name
            : throw new ArgumentException("The navigation must be a property of the source.", nameof(navigation));
        return field.WithMetadata(RelationKey, name).Resolve(c => c.LoadById(joined(c.Source), foreignKey(c.Source)));
    }
}

/// <summary>A look-up root field's entity, GraphQL type name, and whether it takes a slug.</summary>
public sealed record DirectLookup(Type Entity, string TypeName, bool BySlug);

/// <summary>A connection field over <paramref name="Entity"/>'s whole table: its foreign key to the parent (none at the root) and its default sort keys.</summary>
public sealed record DirectConnection(Type Entity, LambdaExpression? ForeignKey, IReadOnlyList<SortKey> Defaults);
