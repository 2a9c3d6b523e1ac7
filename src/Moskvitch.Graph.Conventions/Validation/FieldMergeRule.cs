using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// The spec's "field selection merging" rule (5.3.2), as GraphQL.NET's <c>OverlappingFieldsCanBeMerged</c> reports it
/// (same code and messages), with its work bounded: fields that share a response name are compared class by class (a
/// class: one parent type, field and arguments; its members' sub-selections are checked together), a pair's
/// sub-selections only with each other, and each selection set's fields are collected once. With the expanded document
/// capped at <see cref="GraphQLLimits.MaxFields"/> fields (see <see cref="BoundedDocumentValidator"/>) no pair of
/// fields is compared twice, and it stops at <paramref name="maxErrors"/> conflicts.
/// </summary>
public sealed class FieldMergeRule(int maxErrors) : ValidationRuleBase
{
    public const string Code = ErrorCodes.OverlappingFields;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var check = new Check(context, maxErrors);
        foreach (var definition in context.Document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation when Root(context.Schema, operation.Operation) is { } root:
                    check.Within(operation.SelectionSet, root);
                    break;
                case GraphQLFragmentDefinition fragment when context.Schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue] is { } type:
                    check.Within(fragment.SelectionSet, type);
                    break;
            }
        }

        return default;
    }

    private static IObjectGraphType? Root(ISchema schema, OperationType operation) => operation switch
    {
        OperationType.Query => schema.Query,
        OperationType.Mutation => schema.Mutation,
        _ => schema.Subscription,
    };

    /// <summary>
    /// A field as selected: its response name, the type it is selected on, its definition (null if unknown), its node,
    /// its name and its arguments as canonical text (so that a comparison costs a few string compares).
    /// </summary>
    private sealed record Selected(string ResponseName, IGraphType Parent, FieldType? Definition, GraphQLField Node, string Name, string Arguments)
    {
        public IGraphType? Type => Definition?.ResolvedType;
    }

    private sealed class Check(ValidationContext context, int maxErrors)
    {
        private readonly Dictionary<(GraphQLSelectionSet, IGraphType), Dictionary<string, List<Selected>>> _collected = [];
        private readonly HashSet<(GraphQLSelectionSet, IGraphType)> _checked = [];
        private readonly HashSet<string> _spreading = new(StringComparer.Ordinal);
        private int _errors;

        private bool Done => _errors >= maxErrors;

        /// <summary>The fields of one selection set (fragments included) must merge, and so, once each, must those of every set beneath it.</summary>
        public void Within(GraphQLSelectionSet set, IGraphType parent)
        {
            if (Done || !_checked.Add((set, parent)))
            {
                return;
            }

            var fields = Collect(set, parent);
            foreach (var group in fields.Values)
            {
                Among(group, exclusive: false);
            }

            foreach (var group in fields.Values)
            {
                foreach (var field in group)
                {
                    if (field.Node.SelectionSet is { } inner && field.Type?.GetNamedType() is { } type)
                    {
                        Within(inner, type);
                    }
                }
            }
        }

        /// <summary>
        /// Every pair of fields with one response name. Fields with the same parent type, name and arguments form a
        /// class: they agree on everything but their sub-selections, so a class is checked once, with the
        /// sub-selections of all its members together, and classes are compared pairwise. A hundred copies of one
        /// look-up are one class, not five thousand pairs.
        /// </summary>
        private void Among(List<Selected> group, bool exclusive)
        {
            if (group.Count < 2)
            {
                return;
            }

            var classes = Classes(group);
            foreach (var members in classes)
            {
                if (members.Count > 1)
                {
                    foreach (var subgroup in Merged(members).Values)
                    {
                        Among(subgroup, exclusive);
                        if (Done)
                        {
                            return;
                        }
                    }
                }
            }

            for (var i = 0; i < classes.Count && !Done; i++)
            {
                for (var j = i + 1; j < classes.Count && !Done; j++)
                {
                    Compare(classes[i], classes[j], exclusive);
                }
            }
        }

        /// <summary>Every pair of a field from <paramref name="left"/> and one from <paramref name="right"/>, class by class.</summary>
        private void Between(List<Selected> left, List<Selected> right, bool exclusive)
        {
            var leftClasses = Classes(left);
            var rightClasses = Classes(right);
            foreach (var a in leftClasses)
            {
                foreach (var b in rightClasses)
                {
                    Compare(a, b, exclusive);
                    if (Done)
                    {
                        return;
                    }
                }
            }
        }

        /// <summary>
        /// Two classes of fields with one response name: unless their parents are different object types (then never
        /// both present), the same field with the same arguments; in any case results of the same shape, sub-fields
        /// included.
        /// </summary>
        private void Compare(List<Selected> left, List<Selected> right, bool exclusive)
        {
            var (a, b) = (left[0], right[0]);
            exclusive = exclusive || (a.Parent != b.Parent && a.Parent is IObjectGraphType && b.Parent is IObjectGraphType);
            if (!exclusive)
            {
                if (a.Name != b.Name)
                {
                    Report(a, b, $"{a.Name} and {b.Name} are different fields");
                    return;
                }

                if (a.Arguments != b.Arguments)
                {
                    Report(a, b, "they have differing arguments");
                    return;
                }
            }

            if (a.Type is { } typeA && b.Type is { } typeB)
            {
                if (Conflict(typeA, typeB))
                {
                    Report(a, b, $"they return conflicting types {typeA} and {typeB}");
                    return;
                }

                if (a.Node.SelectionSet is not null && b.Node.SelectionSet is not null)
                {
                    var fieldsA = Merged(left);
                    var fieldsB = Merged(right);
                    foreach (var (name, groupA) in fieldsA)
                    {
                        if (fieldsB.TryGetValue(name, out var groupB))
                        {
                            Between(groupA, groupB, exclusive);
                            if (Done)
                            {
                                return;
                            }
                        }
                    }
                }
            }
        }

        /// <summary>The fields of a group split into classes of the same parent type, name and arguments, in order of first appearance.</summary>
        private static List<List<Selected>> Classes(List<Selected> group)
        {
            var classes = new List<List<Selected>>();
            var byKey = new Dictionary<(IGraphType, string, string), List<Selected>>();
            foreach (var field in group)
            {
                if (!byKey.TryGetValue((field.Parent, field.Name, field.Arguments), out var members))
                {
                    byKey[(field.Parent, field.Name, field.Arguments)] = members = [];
                    classes.Add(members);
                }

                members.Add(field);
            }

            return classes;
        }

        /// <summary>The sub-selections of all the fields of a class, by response name (one class: one parent and one field, so one type).</summary>
        private Dictionary<string, List<Selected>> Merged(List<Selected> members)
        {
            if (members[0].Node.SelectionSet is null || members[0].Type?.GetNamedType() is not { } type)
            {
                return [];
            }

            if (members.Count == 1)
            {
                return Collect(members[0].Node.SelectionSet!, type);
            }

            var merged = new Dictionary<string, List<Selected>>(StringComparer.Ordinal);
            foreach (var member in members)
            {
                if (member.Node.SelectionSet is { } set)
                {
                    foreach (var (name, fields) in Collect(set, type))
                    {
                        if (!merged.TryGetValue(name, out var all))
                        {
                            merged[name] = all = [];
                        }

                        all.AddRange(fields);
                    }
                }
            }

            return merged;
        }

        /// <summary>Different list or non-null wrapping, or different leaf types, cannot be merged into one result.</summary>
        private static bool Conflict(IGraphType a, IGraphType b)
        {
            while (true)
            {
                switch (a, b)
                {
                    case (ListGraphType listA, ListGraphType listB):
                        a = listA.ResolvedType!;
                        b = listB.ResolvedType!;
                        continue;
                    case (ListGraphType, _) or (_, ListGraphType):
                        return true;
                    case (NonNullGraphType nonNullA, NonNullGraphType nonNullB):
                        a = nonNullA.ResolvedType!;
                        b = nonNullB.ResolvedType!;
                        continue;
                    case (NonNullGraphType, _) or (_, NonNullGraphType):
                        return true;
                    case (ScalarGraphType, _) or (_, ScalarGraphType):
                        return !ReferenceEquals(a, b) && a.Name != b.Name;
                    default:
                        return false;
                }
            }
        }

        /// <summary>The fields a selection set selects on <paramref name="parent"/>, by response name, fragments and inline fragments included (collected once per set and type).</summary>
        private Dictionary<string, List<Selected>> Collect(GraphQLSelectionSet set, IGraphType parent)
        {
            if (!_collected.TryGetValue((set, parent), out var fields))
            {
                fields = new Dictionary<string, List<Selected>>(StringComparer.Ordinal);
                Add(fields, set, parent);
                _collected[(set, parent)] = fields;
            }

            return fields;
        }

        private void Add(Dictionary<string, List<Selected>> fields, GraphQLSelectionSet set, IGraphType parent)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        var name = (field.Alias?.Name ?? field.Name).StringValue;
                        if (!fields.TryGetValue(name, out var group))
                        {
                            fields[name] = group = [];
                        }

                        group.Add(new Selected(name, parent, Definition(parent, field.Name), field, field.Name.StringValue, ArgumentsKey(field.Arguments)));
                        break;
                    case GraphQLInlineFragment inline:
                        Add(fields, inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent);
                        break;
                    case GraphQLFragmentSpread spread:
                        var fragmentName = spread.FragmentName.Name.StringValue;
                        if (context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment && _spreading.Add(fragmentName))
                        {
                            Add(fields, fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? parent);
                            _spreading.Remove(fragmentName);
                        }

                        break;
                }
            }
        }

        private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
            condition is null ? null : context.Schema.AllTypes[condition.Type.Name.StringValue];

        private FieldType? Definition(IGraphType parent, GraphQLName name)
        {
            var span = name.Value.Span;
            if (span is "__typename")
            {
                return context.Schema.TypeNameMetaFieldType;
            }

            if (parent == context.Schema.Query && span is "__schema")
            {
                return context.Schema.SchemaMetaFieldType;
            }

            if (parent == context.Schema.Query && span is "__type")
            {
                return context.Schema.TypeMetaFieldType;
            }

            return parent is IComplexGraphType complex ? complex.GetField(name.Value) : null;
        }

        /// <summary>
        /// The arguments as text that is equal for two argument lists exactly when they are the same set of the same
        /// values: sorted by name, strings length-prefixed, input-object fields sorted.
        /// </summary>
        private static string ArgumentsKey(GraphQLArguments? arguments)
        {
            if (arguments is not { Count: > 0 })
            {
                return "";
            }

            var text = new System.Text.StringBuilder();
            foreach (var argument in arguments.Items.OrderBy(a => a.Name.StringValue, StringComparer.Ordinal))
            {
                text.Append(argument.Name.StringValue).Append(':');
                Append(text, argument.Value);
                text.Append(',');
            }

            return text.ToString();
        }

        private static void Append(System.Text.StringBuilder text, GraphQLValue value)
        {
            switch (value)
            {
                case GraphQLVariable variable:
                    text.Append('$').Append(variable.Name.Value.Span);
                    break;
                case GraphQLIntValue number:
                    text.Append('i').Append(number.Value.Span);
                    break;
                case GraphQLFloatValue number:
                    text.Append('f').Append(number.Value.Span);
                    break;
                case GraphQLStringValue str:
                    text.Append('s').Append(str.Value.Length).Append('"').Append(str.Value.Span);
                    break;
                case GraphQLBooleanValue boolean:
                    text.Append(boolean.BoolValue ? "true" : "false");
                    break;
                case GraphQLNullValue:
                    text.Append("null");
                    break;
                case GraphQLEnumValue enumValue:
                    text.Append('e').Append(enumValue.Name.Value.Span);
                    break;
                case GraphQLListValue list:
                    text.Append('[');
                    foreach (var item in list.Values ?? [])
                    {
                        Append(text, item);
                        text.Append(',');
                    }

                    text.Append(']');
                    break;
                case GraphQLObjectValue obj:
                    text.Append('{');
                    foreach (var field in (obj.Fields ?? []).OrderBy(f => f.Name.StringValue, StringComparer.Ordinal))
                    {
                        text.Append(field.Name.Value.Span).Append(':');
                        Append(text, field.Value);
                        text.Append(',');
                    }

                    text.Append('}');
                    break;
            }
        }

        private void Report(Selected a, Selected b, string reason)
        {
            _errors++;
            context.ReportError(new ValidationError(context.Document.Source, "5.3.2",
                $"Fields {a.ResponseName} conflicts because {reason}. Use different aliases on the fields to fetch both if this was intentional.",
                a.Node, b.Node)
            { Code = Code });
        }
    }
}
