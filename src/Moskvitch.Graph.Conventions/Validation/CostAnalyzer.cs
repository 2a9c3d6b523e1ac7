using GraphQL;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// Estimates what an operation costs before it runs, the way HotChocolate's cost analyzer does (IBM cost spec):
/// <list type="bullet">
/// <item><b>Field cost</b>: every selected field adds its weight, times the number of parent objects it runs for.
/// Weights: a field resolved by a resolver of its own (a database query or batch loader) that returns an object or a
/// list of objects costs 10 (HotChocolate's <c>DefaultResolverCost</c>); any other object-valued field costs 1 (a
/// property of its parent, including <c>nodes</c>/<c>edges</c>/<c>node</c>/<c>pageInfo</c> of connection and edge types);
/// scalar and enum fields cost 0 (<c>totalCount</c> too, as in HotChocolate: its COUNT is one batched statement). A field may carry its own
/// weight as metadata under <see cref="WeightMetadataKey"/>.</item>
/// <item><b>Arguments</b>: a <c>where</c> argument costs 10, plus 10 per filter operation in it (20 for the expensive
/// text operations <c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and their negations); an <c>order</c> argument
/// costs 10 plus 10 per sort field. Values given as variables are counted from the variables themselves (HotChocolate,
/// which cannot see them, assumes 5 operations).</item>
/// <item><b>List sizes</b>: a connection field (one with <c>first</c>/<c>last</c> arguments whose type has
/// <c>nodes</c>/<c>edges</c>) multiplies its <c>nodes</c> and <c>edges</c> subtrees by <c>first</c> or <c>last</c>
/// (literal or variable), or by the maximum page size when neither is given (HotChocolate's
/// <c>assumedSize = MaxPageSize</c>). A plain list field multiplies its subtree by its <c>first</c>/<c>last</c>/<c>limit</c>
/// argument, by the number of <c>ids</c> given, or else by <see cref="GraphQLLimits.AssumedListSize"/>.</item>
/// <item><b>Type cost</b>: every object the operation can return counts 1 (so a list of 50 objects counts 50).</item>
/// <item>Introspection (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) costs nothing here; it is bounded by
/// <see cref="IntrospectionDepthRule"/>. For abstract types, the costliest type-conditioned branch counts.</item>
/// </list>
/// </summary>
public sealed class CostAnalyzer(ValidationContext context, GraphQLLimits limits)
{
    public const string WeightMetadataKey = "conventions:cost-weight";
    public const double ResolverWeight = 10;
    public const double CompositeWeight = 1;
    public const double FilterArgumentWeight = 10;
    public const double FilterOperationWeight = 10;
    public const double ExpensiveFilterOperationWeight = 20;
    public const double SortArgumentWeight = 10;
    public const double SortOperationWeight = 10;

    /// <summary>Stop counting beyond this many visited selections (a fragment bomb); the result is then infinite.</summary>
    private const int MaxVisits = 200_000;

    private static readonly HashSet<string> ExpensiveOperations = new(StringComparer.Ordinal)
    {
        "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith",
    };

    private static readonly HashSet<string> SlicingArguments = new(StringComparer.Ordinal) { "first", "last" };

    /// <summary>
    /// Every argument whose value the analysis reads (the slicing ones, <c>ids</c> and <c>limit</c> for list sizes,
    /// <c>where</c> and <c>order</c> for their weights): an operation whose variables reach none of them costs the same
    /// whatever their values (<see cref="VariablesTemplate"/>).
    /// </summary>
    internal static readonly IReadOnlySet<string> ArgumentsRead = new HashSet<string>([.. SlicingArguments, "ids", "limit", "where", "order"], StringComparer.Ordinal);

    private readonly Dictionary<(string Fragment, double? Slice), OperationCost> _fragments = [];
    private int _visits;

    public OperationCost Analyze()
    {
        var operation = context.Operation;
        IComplexGraphType? root = operation?.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => null,
        };
        if (operation is null || root is null)
        {
            return new OperationCost(0, 0);
        }

        var cost = SelectionSet(root, operation.SelectionSet, slice: null);
        return _visits > MaxVisits ? new OperationCost(double.PositiveInfinity, double.PositiveInfinity) : cost;
    }

    /// <summary>The cost of a selection set; <paramref name="slice"/> is, for a connection, the page size its <c>nodes</c>/<c>edges</c> multiply by.</summary>
    private OperationCost SelectionSet(IComplexGraphType parent, GraphQLSelectionSet set, double? slice)
    {
        double commonField = 0, commonType = 0;
        Dictionary<string, (double Field, double Type)>? branches = null;
        foreach (var selection in set.Selections)
        {
            if (++_visits > MaxVisits || !context.ShouldIncludeNode(selection))
            {
                continue;
            }

            string? condition = null;
            OperationCost cost;
            switch (selection)
            {
                case GraphQLField field:
                    cost = Field(parent, field, slice);
                    break;
                case GraphQLInlineFragment inline:
                    condition = inline.TypeCondition?.Type.Name.StringValue;
                    cost = SelectionSet(TypeNamed(condition) ?? parent, inline.SelectionSet, slice);
                    break;
                case GraphQLFragmentSpread spread:
                    var definition = context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value);
                    if (definition is null)
                    {
                        continue;
                    }

                    condition = definition.TypeCondition.Type.Name.StringValue;
                    var key = (definition.FragmentName.Name.StringValue, slice);
                    if (!_fragments.TryGetValue(key, out cost!))
                    {
                        cost = SelectionSet(TypeNamed(condition) ?? parent, definition.SelectionSet, slice);
                        _fragments[key] = cost;
                    }

                    break;
                default:
                    continue;
            }

            if (condition is null || condition == parent.Name || parent is not IAbstractGraphType)
            {
                commonField += cost.FieldCost;
                commonType += cost.TypeCost;
            }
            else
            {
                branches ??= [];
                var sum = branches.GetValueOrDefault(condition);
                branches[condition] = (sum.Field + cost.FieldCost, sum.Type + cost.TypeCost);
            }
        }

        if (branches is not null)
        {
            commonField += branches.Values.Max(b => b.Field);
            commonType += branches.Values.Max(b => b.Type);
        }

        return new OperationCost(commonField, commonType);
    }

    private OperationCost Field(IComplexGraphType parent, GraphQLField field, double? slice)
    {
        var name = field.Name.StringValue;
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            return new OperationCost(0, 0);
        }

        var definition = parent.GetField(field.Name);
        if (definition?.ResolvedType is not { } type)
        {
            return new OperationCost(0, 0);
        }

        var named = type.GetNamedType();
        var composite = named as IComplexGraphType;
        var isList = (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
        var arguments = context.ArgumentValues?.TryGetValue(field, out var values) == true ? values : null;

        var own = Weight(parent, definition, composite) + ArgumentCost(arguments);
        if (composite is null || field.SelectionSet is null)
        {
            return new OperationCost(own, 0);
        }

        // A connection passes its page size to its nodes/edges; they, not the connection, are the list.
        var pageSize = SlicingSize(definition, arguments);
        var isConnection = pageSize is not null && (composite.GetField("nodes") is not null || composite.GetField("edges") is not null);
        double multiplier = 1;
        if (slice is not null && (name is "nodes" or "edges"))
        {
            multiplier = slice.Value;
        }
        else if (isList)
        {
            multiplier = pageSize ?? ListSize(arguments);
        }

        var children = SelectionSet(composite, field.SelectionSet, isConnection ? pageSize : null);
        return new OperationCost(
            own + (multiplier * children.FieldCost),
            multiplier * (1 + children.TypeCost));
    }

    /// <summary>10 for an object-valued field with a resolver of its own, 1 for other object-valued fields, 0 for scalars.</summary>
    private static double Weight(IComplexGraphType parent, FieldType definition, IComplexGraphType? composite)
    {
        if (definition.GetMetadata<double?>(WeightMetadataKey) is { } weight)
        {
            return weight;
        }

        if (composite is null)
        {
            return 0;
        }

        var isPageType = parent.Name.EndsWith("Connection", StringComparison.Ordinal) || parent.Name.EndsWith("Edge", StringComparison.Ordinal);
        return isPageType || IsPropertyResolver(definition.Resolver) ? CompositeWeight : ResolverWeight;
    }

    private static bool IsPropertyResolver(IFieldResolver? resolver) => resolver switch
    {
        null or NameFieldResolver or MemberResolver or SourceFieldResolver => true,
        _ => resolver.GetType().IsGenericType && resolver.GetType().GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>),
    };

    /// <summary>The page size a field with <c>first</c>/<c>last</c> arguments asks for (the maximum page size when it gives neither); null for other fields.</summary>
    private double? SlicingSize(FieldType definition, IDictionary<string, ArgumentValue>? arguments)
    {
        if (definition.Arguments is not { } declared || !declared.Any(a => SlicingArguments.Contains(a.Name)))
        {
            return null;
        }

        foreach (var slicing in SlicingArguments)
        {
            if (arguments?.TryGetValue(slicing, out var value) == true && Number(value.Value) is { } size)
            {
                return Math.Max(0, size);
            }
        }

        return limits.MaxPageSize;
    }

    private double ListSize(IDictionary<string, ArgumentValue>? arguments)
    {
        if (arguments?.TryGetValue("ids", out var ids) == true && ids.Value is System.Collections.ICollection list)
        {
            return list.Count;
        }

        if (arguments?.TryGetValue("limit", out var limit) == true && Number(limit.Value) is { } size)
        {
            return Math.Max(0, size);
        }

        return limits.AssumedListSize;
    }

    private static double? Number(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        System.Numerics.BigInteger b => (double)b,
        _ => null,
    };

    private static double ArgumentCost(IDictionary<string, ArgumentValue>? arguments)
    {
        if (arguments is null)
        {
            return 0;
        }

        double cost = 0;
        if (arguments.TryGetValue("where", out var where) && where.Value is not null)
        {
            cost += FilterArgumentWeight + FilterOperations(where.Value);
        }

        if (arguments.TryGetValue("order", out var order) && order.Value is not null)
        {
            cost += SortArgumentWeight + (SortOperationWeight * SortFields(order.Value));
        }

        return cost;
    }

    /// <summary>Filter operations: keys whose value is not itself a filter object (e.g. <c>eq</c>, <c>in</c>, <c>contains</c>).</summary>
    private static double FilterOperations(object? value) => value switch
    {
        IDictionary<string, object?> map => map.Sum(entry => entry.Value switch
        {
            IDictionary<string, object?> nested => FilterOperations(nested),
            System.Collections.IEnumerable items and not string when items.Cast<object?>().Any(i => i is IDictionary<string, object?>) =>
                FilterOperations(items),
            _ => ExpensiveOperations.Contains(entry.Key) ? ExpensiveFilterOperationWeight : FilterOperationWeight,
        }),
        System.Collections.IEnumerable items and not string => items.Cast<object?>().Sum(FilterOperations),
        _ => 0,
    };

    private static int SortFields(object? value) => value switch
    {
        IDictionary<string, object?> map => map.Sum(entry => entry.Value is IDictionary<string, object?> nested ? SortFields(nested) : 1),
        System.Collections.IEnumerable items and not string => items.Cast<object?>().Sum(SortFields),
        _ => 0,
    };

    private IComplexGraphType? TypeNamed(string? name) =>
        name is null ? null : context.Schema.AllTypes[name] as IComplexGraphType;
}
