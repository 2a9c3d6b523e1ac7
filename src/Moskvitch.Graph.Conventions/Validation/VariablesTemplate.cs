using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// What a cached operation with variables must parse again when it is sent with new values, worked out once from its
/// first validation: the variables' uses (which GraphQL.NET otherwise finds by walking the whole operation with the
/// schema's types on every request, to tell whether a nullable variable is used where a value is required), the
/// arguments written without variables (the same every time: kept as first parsed), and the fields whose arguments
/// hold variables (parsed again, by GraphQL.NET's own <see cref="ExecutionHelper.GetArguments"/>).
/// </summary>
/// <remarks>
/// <see cref="ParseAsync"/> gives what GraphQL.NET's validation without rules gives (its variables coerced by
/// <see cref="ValidationContext.GetVariablesValuesAsync"/> itself, and the argument values of every field), or null when
/// a variable or argument is refused: that request then goes through GraphQL.NET's validation, which reports the error.
/// No template is made for operations with directive arguments or union selections, nor when GraphQL.NET keeps its
/// variable uses elsewhere than this version does (then every request goes through GraphQL.NET's validation, and
/// <c>ValidationReuseTests</c>, which counts the requests parsed from templates, fails).
/// </remarks>
internal sealed class VariablesTemplate
{
    private static readonly Func<ValidationContext, Dictionary<GraphQLOperationDefinition, List<VariableUsage>?>>? UsesOf = FindUses();

    private readonly List<VariableUsage>? _uses;
    private readonly Dictionary<GraphQLField, IDictionary<string, ArgumentValue>> _literal;
    private readonly List<(GraphQLField Field, QueryArguments Arguments)> _withVariables;

    private VariablesTemplate(List<VariableUsage>? uses, Dictionary<GraphQLField, IDictionary<string, ArgumentValue>> literal, List<(GraphQLField, QueryArguments)> withVariables)
    {
        _uses = uses;
        _literal = literal;
        _withVariables = withVariables;
    }

    /// <summary>
    /// True when no variable reaches an argument the cost analysis reads (<see cref="CostAnalyzer.ArgumentsRead"/>): the
    /// operation then costs what it cost at its first validation, whatever the values.
    /// </summary>
    public bool CostIsFixed { get; private init; }

    /// <summary>The template of <paramref name="operation"/>, from its first successful validation; null when it cannot have one.</summary>
    public static VariablesTemplate? Build(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, IValidationResult first)
    {
        if (UsesOf is null || first.DirectiveValues is { Count: > 0 })
        {
            return null;
        }

        IComplexGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            _ => null,
        };
        var walk = new Walk(schema, document, first.ArgumentValues);
        if (root is null || !walk.SelectionSet(operation.SelectionSet, root)
            || walk.Literal.Count + walk.WithVariables.Count != (first.ArgumentValues?.Count ?? 0))
        {
            return null;
        }

        var uses = new ValidationContext { Schema = schema, Document = document, Operation = operation }.GetRecursiveVariables(operation);
        return new VariablesTemplate(uses, walk.Literal, walk.WithVariables)
        {
            CostIsFixed = !walk.WithVariables.Any(f => f.Item1.Arguments!.Items.Any(a =>
                CostAnalyzer.ArgumentsRead.Contains(a.Name.StringValue) && ArgumentVariables.Any(new GraphQLArguments([a])))),
        };
    }

    /// <summary>The variables and argument values of this request, or null when GraphQL.NET's validation must tell what is wrong.</summary>
    public async Task<IValidationResult?> ParseAsync(ValidationOptions options)
    {
        var context = BoundedDocumentValidator.ContextOf(options);
        UsesOf!(context)[options.Operation!] = _uses;
        var (variables, errors) = await context.GetVariablesValuesAsync().ConfigureAwait(false);
        if (errors is { Count: > 0 })
        {
            return null;
        }

        var values = _literal.Count + _withVariables.Count == 0 ? null : new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>(_literal);
        foreach (var (field, arguments) in _withVariables)
        {
            try
            {
                if (ExecutionHelper.GetArguments(arguments, field.Arguments, variables, options.Document, field, null) is { } parsed)
                {
                    values!.Add(field, parsed);
                }
            }
            catch (ValidationError)
            {
                return null;
            }
        }

        return new ValidationResult { Variables = variables, ArgumentValues = values };
    }

    /// <summary>GraphQL.NET's per-validation store of an operation's variable uses, which <see cref="ValidationContext.GetRecursiveVariables"/> fills and reads.</summary>
    private static Func<ValidationContext, Dictionary<GraphQLOperationDefinition, List<VariableUsage>?>>? FindUses()
    {
        var field = typeof(ValidationContext).GetField("_variables", BindingFlags.Instance | BindingFlags.NonPublic);
        if (field?.FieldType != typeof(Dictionary<GraphQLOperationDefinition, List<VariableUsage>>))
        {
            return null;
        }

        var context = Expression.Parameter(typeof(ValidationContext), "context");
        return Expression.Lambda<Func<ValidationContext, Dictionary<GraphQLOperationDefinition, List<VariableUsage>?>>>(Expression.Field(context, field), context).Compile();
    }

    /// <summary>The operation's fields with arguments, found as GraphQL.NET's argument parsing finds them.</summary>
    private sealed class Walk(ISchema schema, GraphQLDocument document, IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? first)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        public Dictionary<GraphQLField, IDictionary<string, ArgumentValue>> Literal { get; } = [];

        public List<(GraphQLField, QueryArguments)> WithVariables { get; } = [];

        public bool SelectionSet(GraphQLSelectionSet set, IComplexGraphType type)
        {
            foreach (var selection in set.Selections)
            {
                var ok = selection switch
                {
                    GraphQLField field => Field(field, type),
                    GraphQLInlineFragment { TypeCondition: null } inline => SelectionSet(inline.SelectionSet, type),
                    GraphQLInlineFragment inline => TypeNamed(inline.TypeCondition.Type.Name.StringValue) is { } narrowed && SelectionSet(inline.SelectionSet, narrowed),
                    GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue),
                    _ => false,
                };
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        private bool Spread(string name)
        {
            if (!_visited.Add(name))
            {
                return true;
            }

            var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
            return fragment is not null && TypeNamed(fragment.TypeCondition.Type.Name.StringValue) is { } type && SelectionSet(fragment.SelectionSet, type);
        }

        private IComplexGraphType? TypeNamed(string name) => schema.AllTypes[name]?.GetNamedType() as IComplexGraphType;

        private bool Field(GraphQLField field, IComplexGraphType type)
        {
            var name = field.Name.StringValue;
            var definition = name == schema.TypeMetaFieldType.Name ? schema.TypeMetaFieldType
                : name == schema.TypeNameMetaFieldType.Name ? schema.TypeNameMetaFieldType
                : name == schema.SchemaMetaFieldType.Name ? schema.SchemaMetaFieldType
                : type.Fields.Find(name);
            if (definition is null)
            {
                return false;
            }

            if (field.Arguments is { Count: > 0 } arguments)
            {
                if (first is null || !first.TryGetValue(field, out var parsed) || definition.Arguments is not { } defined)
                {
                    return false;
                }

                if (ArgumentVariables.Any(arguments))
                {
                    WithVariables.Add((field, defined));
                }
                else
                {
                    Literal[field] = parsed;
                }
            }

            return definition.ResolvedType?.GetNamedType() switch
            {
                UnionGraphType => false,
                IComplexGraphType complex => field.SelectionSet is not { } inner || SelectionSet(inner, complex),
                _ => true,
            };
        }
    }
}
