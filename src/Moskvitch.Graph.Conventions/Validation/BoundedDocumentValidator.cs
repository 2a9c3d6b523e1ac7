using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// Validation with its work bounded by the document's size. Before any rule runs, the document's fields are counted with
/// every fragment spread expanded (<see cref="ExpandedFields"/>, linear in the document's length): beyond
/// <see cref="GraphQLLimits.MaxFields"/>, 400 <c>MAX_FIELDS</c>. Fragments that each spread the next twice reach 2^n
/// fields from n short definitions, and the rules that walk fragments (field merging, complexity, cost, introspection
/// depth) do work in proportion to the expanded document: 23 levels (1 KB) took 1.9 s of CPU. Then the arguments,
/// variables and input fields are counted (<see cref="Inputs"/>): beyond <see cref="GraphQLLimits.MaxArguments"/>, 400
/// <c>MAX_ARGUMENTS</c>, since the rules report an error for each offending one and each error's location costs a scan
/// of the document (2,000 unused variables took 90 ms). The spec's "fields can be
/// merged" rule then runs as <see cref="FieldMergeRule"/>, whose work is bounded by the expanded count, in place of
/// GraphQL.NET's (245 same-named look-ups with different arguments took 0.7 s and 70 MB there).
/// </summary>
/// <remarks>
/// An operation without variables, sent again as the same cached document (<see cref="DocumentCache"/>), is not
/// validated again: its outcome depends on the document, the rules, the method (GET or POST) and the
/// <c>GraphQL-Cost</c> mode alone, so a successful validation is kept with the document (its argument values and its
/// cost) and reused. A document object is validated with every rule once, when it is parsed, and only then cached and
/// sent again with <see cref="DocumentCache.RequestRules"/>, a subset: what passed the first validation passes those.
/// An operation with variables, sent again as the same cached document, keeps what its document alone decides and checks
/// the rest per request: its variables are coerced and its arguments parsed (no rule runs, so the document is not walked
/// by the rules' visitors; with a <see cref="VariablesTemplate"/>, only the arguments that hold variables are parsed
/// again), then the request rules that read them run on that result: NUL characters in the variables, and the cost,
/// counted from the arguments as they are now. One that failed is validated every time.
/// </remarks>
public sealed class BoundedDocumentValidator(GraphQLLimits limits) : IDocumentValidator
{
    public const string Code = ErrorCodes.MaxFields;

    public const string ArgumentsCode = ErrorCodes.MaxArguments;

    private readonly DocumentValidator _inner = new();
    private readonly FieldMergeRule _merge = new(limits.MaxErrors);

    private static readonly ConditionalWeakTable<GraphQLDocument, ConcurrentDictionary<Reuse, Validated>> Kept = [];

    /// <summary>Validations answered from an earlier one of the same document (for tests and diagnostics).</summary>
    public long Reused => Interlocked.Read(ref _reused);

    private long _reused;

    /// <summary>Operations with variables whose variables and arguments were parsed from their <see cref="VariablesTemplate"/> (for tests and diagnostics).</summary>
    public long Templated => Interlocked.Read(ref _templated);

    private long _templated;

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var reuse = ReuseKey(options);
        if (reuse is { Variables: true } && Kept.TryGetValue(options.Document, out var seen) && seen.TryGetValue(reuse, out var first) && RequestRulesOnly(options.Rules))
        {
            Interlocked.Increment(ref _reused);
            return ValidateVariablesAsync(options, first);
        }

        if (reuse is { Variables: false } && Kept.TryGetValue(options.Document, out var kept) && kept.TryGetValue(reuse, out var validated))
        {
            Interlocked.Increment(ref _reused);
            if (validated.Cost is not null)
            {
                options.UserContext[CostRule.CostKey] = validated.Cost;
            }

            return Task.FromResult<IValidationResult>(new ValidationResult
            {
                Variables = validated.Result.Variables,
                ArgumentValues = validated.Result.ArgumentValues,
                DirectiveValues = validated.Result.DirectiveValues,
            });
        }

        var outcome = Validate(options);
        if (reuse is not null && outcome.IsCompletedSuccessfully && outcome.Result is { IsValid: true } valid)
        {
            options.UserContext.TryGetValue(CostRule.CostKey, out var cost);
            var template = reuse.Variables ? VariablesTemplate.Build(options.Schema, options.Document, reuse.Operation, valid) : null;
            Kept.GetOrCreateValue(options.Document).TryAdd(reuse, new Validated(valid, cost as OperationCost, template));
        }

        return outcome;
    }

    /// <summary>What a reusable validation depends on besides the document; <c>Variables</c> when the operation declares some or the request sends some.</summary>
    private static Reuse? ReuseKey(in ValidationOptions options)
    {
        if (options.Operation is not { } operation)
        {
            return null;
        }

        options.UserContext.TryGetValue(HttpGetValidationRule.IsGetRequestKey, out var isGet);
        options.UserContext.TryGetValue(CostRule.ModeKey, out var mode);
        return new Reuse(operation, isGet is true, mode as string, operation.Variables is { Count: > 0 } || options.Variables is { Count: > 0 });
    }

    private sealed record Reuse(GraphQLOperationDefinition Operation, bool IsGet, string? CostMode, bool Variables);

    /// <summary>
    /// Whether <paramref name="rules"/> are the request rules of a cached document (<see cref="DocumentCache.RequestRules"/>):
    /// the GET check, which the reuse key holds, and the rules <see cref="ValidateVariablesAsync"/> runs itself.
    /// </summary>
    private static bool RequestRulesOnly(IEnumerable<IValidationRule>? rules) =>
        rules is not null && rules.All(r => r is HttpGetValidationRule or CostRule || ReferenceEquals(r, NulCharacterRule.VariablesOnly));

    /// <summary>
    /// A cached document's operation with variables whose document passed before: the variables coerced and the arguments
    /// parsed (from the operation's <see cref="VariablesTemplate"/> when it has one and they pass, else by GraphQL.NET
    /// without rules), then the NUL check of the variables and the cost of the arguments as given.
    /// </summary>
    private async Task<IValidationResult> ValidateVariablesAsync(ValidationOptions options, Validated first)
    {
        var template = first.Template;
        if (NulCharacterRule.ContainsNul(options.Variables))
        {
            return new ValidationResult([NulCharacterRule.Error(options.Document, null)]);
        }

        var templated = template is null ? null : await template.ParseAsync(options).ConfigureAwait(false);
        if (templated is not null)
        {
            Interlocked.Increment(ref _templated);
        }

        var parsed = templated ?? await _inner.ValidateAsync(WithRules(options, [])).ConfigureAwait(false);
        if (!parsed.IsValid || options.Rules!.OfType<CostRule>().FirstOrDefault() is not { } cost)
        {
            return parsed;
        }

        if (templated is not null && template!.CostIsFixed && first.Cost is { } fixedCost)
        {
            // No variable reaches what the cost is counted from: the cost that passed at the first validation stands.
            options.UserContext[CostRule.CostKey] = fixedCost;
            return parsed;
        }

        var context = ContextOf(options);
        // GraphQL.NET hands its own dictionaries over behind read-only interfaces; copied only if it ever does not.
        context.ArgumentValues = parsed.ArgumentValues is null ? null
            : parsed.ArgumentValues as Dictionary<GraphQLField, IDictionary<string, ArgumentValue>> ?? new(parsed.ArgumentValues);
        context.DirectiveValues = parsed.DirectiveValues is null ? null
            : parsed.DirectiveValues as Dictionary<ASTNode, IDictionary<string, DirectiveInfo>> ?? new(parsed.DirectiveValues);
        await cost.GetPostNodeVisitorAsync(context).ConfigureAwait(false);
        return context.HasErrors ? new ValidationResult(context.Errors) { Variables = parsed.Variables } : parsed;
    }

    /// <summary>A validation context for the request <paramref name="options"/> describe, without rules' state.</summary>
    internal static ValidationContext ContextOf(in ValidationOptions options) => new()
    {
        Schema = options.Schema,
        Document = options.Document,
        Operation = options.Operation,
        UserContext = options.UserContext,
        Variables = options.Variables,
        Extensions = options.Extensions,
        Metrics = options.Metrics,
        RequestServices = options.RequestServices,
        User = options.User,
        CancellationToken = options.CancellationToken,
    };

    private sealed record Validated(IValidationResult Result, OperationCost? Cost, VariablesTemplate? Template = null);

    private Task<IValidationResult> Validate(in ValidationOptions options)
    {
        var count = ExpandedFields(options.Document, limits.MaxFields);
        if (count > limits.MaxFields)
        {
            var error = new ValidationError(options.Document.Source, null,
                $"The document selects more than {limits.MaxFields} fields once its fragments are expanded; at most {limits.MaxFields} are allowed.")
            { Code = Code };
            return Task.FromResult<IValidationResult>(new ValidationResult([error]));
        }

        var inputs = Inputs(options.Document, limits.MaxArguments);
        if (inputs > limits.MaxArguments)
        {
            var error = new ValidationError(options.Document.Source, null,
                $"The document has more than {limits.MaxArguments} arguments, variables and input fields; at most {limits.MaxArguments} are allowed.")
            { Code = ArgumentsCode };
            return Task.FromResult<IValidationResult>(new ValidationResult([error]));
        }

        var rules = options.Rules ?? DocumentValidator.CoreRules;
        return _inner.ValidateAsync(WithRules(options, [.. rules.Select(r => r is OverlappingFieldsCanBeMerged ? _merge : r)]));
    }

    /// <summary><paramref name="options"/> with <paramref name="rules"/> in place of its own.</summary>
    private static ValidationOptions WithRules(in ValidationOptions options, IValidationRule[] rules) => new()
    {
        Schema = options.Schema,
        Document = options.Document,
        Rules = rules,
        UserContext = options.UserContext,
        Metrics = options.Metrics,
        Variables = options.Variables,
        Extensions = options.Extensions,
        Operation = options.Operation,
        RequestServices = options.RequestServices,
        User = options.User,
        CancellationToken = options.CancellationToken,
    };

    /// <summary>
    /// The fields of the document's operations with every fragment spread replaced by the fragment's fields, plus those
    /// of fragments no operation reaches (the rules walk them too), counted up to one beyond <paramref name="max"/>.
    /// Each fragment's count is computed once, so the count is linear in the document even when it comes to 2^n.
    /// A spread of an unknown fragment, or one that leads back to itself, counts as one (other rules refuse it).
    /// </summary>
    public static long ExpandedFields(GraphQLDocument document, int max)
    {
        var counter = new Counter(document, max + 1L);
        var total = 0L;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation)
            {
                total = counter.Add(total, counter.Count(operation.SelectionSet));
            }
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment && !counter.Reached(fragment.FragmentName.Name.StringValue))
            {
                total = counter.Add(total, counter.Count(fragment.SelectionSet));
            }
        }

        return total;
    }

    /// <summary>
    /// The arguments (of fields and directives), variable definitions, variable uses and input-object fields written in
    /// the document, counted up to one beyond <paramref name="max"/>.
    /// </summary>
    public static int Inputs(GraphQLDocument document, int max)
    {
        var count = 0;
        var stack = new Stack<ASTNode>();
        stack.Push(document);
        while (stack.Count > 0 && count <= max)
        {
            switch (stack.Pop())
            {
                case GraphQLDocument d:
                    d.Definitions.ForEach(stack.Push);
                    break;
                case GraphQLOperationDefinition o:
                    count += o.Variables?.Count ?? 0;
                    o.Variables?.Items.ForEach(v => PushIfAny(stack, v.DefaultValue));
                    PushAll(stack, o.Directives?.Items);
                    stack.Push(o.SelectionSet);
                    break;
                case GraphQLFragmentDefinition f:
                    PushAll(stack, f.Directives?.Items);
                    stack.Push(f.SelectionSet);
                    break;
                case GraphQLSelectionSet set:
                    set.Selections.ForEach(stack.Push);
                    break;
                case GraphQLField field:
                    count += field.Arguments?.Count ?? 0;
                    field.Arguments?.Items.ForEach(a => stack.Push(a.Value));
                    PushAll(stack, field.Directives?.Items);
                    PushIfAny(stack, field.SelectionSet);
                    break;
                case GraphQLInlineFragment inline:
                    PushAll(stack, inline.Directives?.Items);
                    stack.Push(inline.SelectionSet);
                    break;
                case GraphQLFragmentSpread spread:
                    PushAll(stack, spread.Directives?.Items);
                    break;
                case GraphQLDirective directive:
                    count += directive.Arguments?.Count ?? 0;
                    directive.Arguments?.Items.ForEach(a => stack.Push(a.Value));
                    break;
                case GraphQLVariable:
                    count++;
                    break;
                case GraphQLListValue list:
                    PushAll(stack, list.Values);
                    break;
                case GraphQLObjectValue value:
                    count += value.Fields?.Count ?? 0;
                    value.Fields?.ForEach(f => stack.Push(f.Value));
                    break;
            }
        }

        return count;
    }

    private static void PushIfAny(Stack<ASTNode> stack, ASTNode? node)
    {
        if (node is not null)
        {
            stack.Push(node);
        }
    }

    private static void PushAll<T>(Stack<ASTNode> stack, List<T>? nodes)
        where T : ASTNode
    {
        if (nodes is not null)
        {
            foreach (var node in nodes)
            {
                stack.Push(node);
            }
        }
    }

    private sealed class Counter(GraphQLDocument document, long cap)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>().GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        private readonly Dictionary<string, long> _counted = new(StringComparer.Ordinal);
        private readonly HashSet<string> _counting = new(StringComparer.Ordinal);

        public bool Reached(string fragment) => _counted.ContainsKey(fragment) || _counting.Contains(fragment);

        public long Add(long a, long b) => Math.Min(a + b, cap);

        public long Count(GraphQLSelectionSet set)
        {
            var count = 0L;
            foreach (var selection in set.Selections)
            {
                count = Add(count, selection switch
                {
                    GraphQLField field => field.SelectionSet is { } inner ? Add(1, Count(inner)) : 1,
                    GraphQLInlineFragment inline => Count(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue),
                    _ => 0,
                });
                if (count >= cap)
                {
                    return cap;
                }
            }

            return count;
        }

        private long Spread(string name)
        {
            if (_counted.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!_fragments.TryGetValue(name, out var fragment) || !_counting.Add(name))
            {
                return 1;
            }

            var count = Count(fragment.SelectionSet);
            _counting.Remove(name);
            _counted[name] = count;
            return count;
        }
    }
}
