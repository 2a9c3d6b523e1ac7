using GraphQL.Validation;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// Rejects an operation over the field-cost or type-cost budget before it runs (HotChocolate's <c>HC0047</c>), and
/// records the cost for the <c>GraphQL-Cost</c> request header (<c>report</c>: add <c>extensions.operationCost</c>;
/// <c>validate</c>: report without executing).
/// </summary>
public sealed class CostRule(GraphQLLimits limits) : ValidationRuleBase
{
    public const string Code = ErrorCodes.CostExceeded;
    public const string CostKey = "conventions:operation-cost";
    public const string ModeKey = "conventions:cost-mode";
    public const string ValidateOnlyCode = ErrorCodes.CostValidateOnly;

    // Runs after the other rules, once variables and arguments are known (and fragments are known to be acyclic).
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var cost = new CostAnalyzer(context, limits).Analyze();
        context.UserContext[CostKey] = cost;
        if (cost.FieldCost > limits.MaxFieldCost)
        {
            context.ReportError(new CostExceededError(context.Document.Source, "The maximum allowed field cost was exceeded.", new Dictionary<string, object?>
            {
                ["fieldCost"] = cost.FieldCost,
                ["maxFieldCost"] = (double)limits.MaxFieldCost,
            }));
        }
        else if (cost.TypeCost > limits.MaxTypeCost)
        {
            context.ReportError(new CostExceededError(context.Document.Source, "The maximum allowed type cost was exceeded.", new Dictionary<string, object?>
            {
                ["typeCost"] = cost.TypeCost,
                ["maxTypeCost"] = (double)limits.MaxTypeCost,
            }));
        }
        else if (context.UserContext.TryGetValue(ModeKey, out var mode) && "validate".Equals(mode as string, StringComparison.OrdinalIgnoreCase))
        {
            // Stops execution; the endpoint removes this error and answers with the cost alone.
            context.ReportError(new ValidationError(context.Document.Source, null, "Validated only.") { Code = ValidateOnlyCode });
        }
        return default;
    }
}
