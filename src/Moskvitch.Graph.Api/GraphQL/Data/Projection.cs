using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Api.GraphQL.Data;

/// <summary>
/// Reads only the columns a connection's selection needs: <c>e =&gt; new T { Id = e.Id, Name = e.Name, … }</c> with the
/// columns of the selected fields, the id, and every column no field of the type is named after (foreign keys and
/// others that resolvers read), and the rows of selected to-one relations. Columns behind unselected fields stay in the
/// database.
/// </summary>
public static class Projection
{
    /// <summary>The fields selected on the nodes of a connection (under <c>nodes</c> and <c>edges { node }</c>).</summary>
    public static IReadOnlySet<string> NodeFields(IResolveFieldContext context)
    {
        var selected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields(context, context.FieldAst.SelectionSet))
        {
            switch (field.Name.StringValue)
            {
                case "nodes":
                    selected.UnionWith(Fields(context, field.SelectionSet).Select(f => f.Name.StringValue));
                    break;
                case "edges":
                    foreach (var node in Fields(context, field.SelectionSet).Where(f => f.Name.StringValue == "node"))
                    {
                        selected.UnionWith(Fields(context, node.SelectionSet).Select(f => f.Name.StringValue));
                    }

                    break;
            }
        }

        return selected;
    }

    /// <summary>The fields selected directly on the object a field returns (a look-up such as <c>model(id:)</c>).</summary>
    public static IReadOnlySet<string> ObjectFields(IResolveFieldContext context) =>
        Fields(context, context.FieldAst.SelectionSet).Select(f => f.Name.StringValue).ToHashSet(StringComparer.Ordinal);

    /// <summary>The projection of <typeparamref name="T"/> onto the columns <paramref name="selected"/> fields need.</summary>
    public static Expression<Func<T, T>> Of<T>(DbContext db, IResolveFieldContext context, IReadOnlySet<string> selected)
    {
        var fieldNames = context.Schema.AllTypes[EntityShapes.GraphQLNames[typeof(T)]] is IComplexGraphType type
            ? type.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal)
            : [];
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var row = Expression.Parameter(typeof(T), "e");
        var columns = entity.GetProperties()
            .Where(p => p.PropertyInfo is not null)
            .Where(p => p.Name == "Id" || !fieldNames.Contains(Camel(p.Name)) || selected.Contains(Camel(p.Name)))
            .Select(p => Expression.Bind(p.PropertyInfo!, Expression.Property(row, p.PropertyInfo!)));
        // A selected to-one relation (a model's maker, an influence's source model) comes in the same statement, by a
        // join, instead of a batch of its own; its resolver takes it from the row (Loaders.LoadById with the row's value).
        var relations = entity.GetNavigations()
            .Where(n => !n.IsCollection && n.PropertyInfo is not null && selected.Contains(Camel(n.Name)))
            .Select(n => Expression.Bind(n.PropertyInfo!, Expression.Property(row, n.PropertyInfo!)));
        var bindings = columns.Concat(relations);
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), row);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? set)
    {
        if (set is null)
        {
            yield break;
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var field in Fields(context, inline.SelectionSet))
                    {
                        yield return field;
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    var definition = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    foreach (var field in Fields(context, definition?.SelectionSet))
                    {
                        yield return field;
                    }

                    break;
            }
        }
    }
}
