using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// Bounds introspection queries the way HotChocolate does (<c>HC0086</c>): at most
/// <see cref="GraphQLLimits.MaxIntrospectionOfTypeDepth"/> nested <c>ofType</c> (16), and each of the list fields
/// <c>fields</c>, <c>inputFields</c>, <c>interfaces</c> and <c>possibleTypes</c> at most
/// <see cref="GraphQLLimits.MaxIntrospectionListRecursion"/> times (1) on one path, so that
/// <c>__schema { types { fields { type { fields { type { fields … } } } } } }</c> is refused before it runs while the
/// IDE's standard introspection query passes.
/// </summary>
public sealed class IntrospectionDepthRule(GraphQLLimits limits) : ValidationRuleBase
{
    public const string Code = ErrorCodes.IntrospectionTooDeep;
    public const string Message = "Maximum allowed introspection depth exceeded.";

    private static readonly string[] ListFields = ["fields", "inputFields", "interfaces", "possibleTypes"];

    // After the other rules: fragments are then known to exist and to be acyclic.
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { } operation)
        {
            var walk = new Walk(context, limits);
            walk.SelectionSet(operation.SelectionSet, inIntrospection: false, ofType: 0, lists: new int[ListFields.Length]);
            if (walk.Offender is { } offender)
            {
                context.ReportError(new CodedValidationError(context.Document.Source, Code, Message, null, offender));
            }

            var schemas = new Dictionary<string, GraphQLField>(StringComparer.Ordinal);
            SchemaFields(context, operation.SelectionSet, schemas, new HashSet<string>(StringComparer.Ordinal));
            if (schemas.Count > 1)
            {
                context.ReportError(new CodedValidationError(context.Document.Source, RepeatedSchemaCode,
                    $"An operation may select `__schema` once; this one selects it {schemas.Count} times, under different names.",
                    null, [.. schemas.Values]));
            }
        }

        return default;
    }

    /// <summary>
    /// An operation may select <c>__schema</c> under one response name only (several selections under one name merge
    /// into one result): each aliased copy returns the whole schema again, about 180 KB, for a request of a few dozen
    /// bytes.
    /// </summary>
    public const string RepeatedSchemaCode = ErrorCodes.MaxSchemaFields;

    /// <summary>The <c>__schema</c> fields of the operation's root selection, inline fragments and fragments included, by response name.</summary>
    private static void SchemaFields(ValidationContext context, GraphQLSelectionSet set, Dictionary<string, GraphQLField> found, HashSet<string> spreading)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField { Name.Value.Span: "__schema" } field:
                    found.TryAdd((field.Alias?.Name ?? field.Name).StringValue, field);
                    break;
                case GraphQLInlineFragment inline:
                    SchemaFields(context, inline.SelectionSet, found, spreading);
                    break;
                case GraphQLFragmentSpread spread when context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } definition
                    && spreading.Add(spread.FragmentName.Name.StringValue):
                    // A fragment already being walked on this path is a cycle, which another rule refuses.
                    SchemaFields(context, definition.SelectionSet, found, spreading);
                    spreading.Remove(spread.FragmentName.Name.StringValue);
                    break;
            }
        }
    }

    private sealed class Walk(ValidationContext context, GraphQLLimits limits)
    {
        private const int MaxVisits = 100_000;
        private int _visits;

        public ASTNode? Offender { get; private set; }

        public void SelectionSet(GraphQLSelectionSet set, bool inIntrospection, int ofType, int[] lists)
        {
            foreach (var selection in set.Selections)
            {
                if (Offender is not null)
                {
                    return;
                }

                if (++_visits > MaxVisits)
                {
                    Offender = selection;
                    return;
                }

                switch (selection)
                {
                    case GraphQLField field:
                        Field(field, inIntrospection, ofType, lists);
                        break;
                    case GraphQLInlineFragment inline:
                        SelectionSet(inline.SelectionSet, inIntrospection, ofType, lists);
                        break;
                    case GraphQLFragmentSpread spread when context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } definition:
                        SelectionSet(definition.SelectionSet, inIntrospection, ofType, lists);
                        break;
                }
            }
        }

        private void Field(GraphQLField field, bool inIntrospection, int ofType, int[] lists)
        {
            if (field.SelectionSet is null)
            {
                return;
            }

            var name = field.Name.StringValue;
            if (!inIntrospection)
            {
                if (name is "__schema" or "__type")
                {
                    SelectionSet(field.SelectionSet, inIntrospection: true, 0, new int[ListFields.Length]);
                }
                else
                {
                    SelectionSet(field.SelectionSet, inIntrospection: false, 0, lists);
                }

                return;
            }

            if (name == "ofType" && ++ofType > limits.MaxIntrospectionOfTypeDepth)
            {
                Offender = field;
                return;
            }

            var index = Array.IndexOf(ListFields, name);
            if (index >= 0)
            {
                lists = (int[])lists.Clone();
                if (++lists[index] > limits.MaxIntrospectionListRecursion)
                {
                    Offender = field;
                    return;
                }
            }

            SelectionSet(field.SelectionSet, inIntrospection: true, ofType, lists);
        }
    }
}
