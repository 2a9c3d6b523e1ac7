using System.Globalization;
using GraphQL.Execution;
using GraphQL.Validation;

namespace Moskvitch.Graph.Conventions.Security;

/// <summary>
/// The request gate's charge of an operation's cost: once validation has passed (cost analysis has priced the operation
/// and it is within the limits), and before anything runs, the cost (at least one point) is taken from the client's
/// budget; a client without that many points left gets 429 <c>RATE_LIMITED</c> with <c>Retry-After</c> and no SQL runs.
/// Charged before execution, so an operation that then fails or times out has paid for its time.
/// </summary>
public sealed class CostCharge(ClientBudgets budgets, string client) : DocumentExecutionListenerBase
{
    public override Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
    {
        if (validationResult.IsValid && context.UserContext.TryGetValue(CostRule.CostKey, out var measured) && measured is OperationCost cost
            && !budgets.TryCharge(client, cost.FieldCost, out var retryAfter))
        {
            var seconds = RateLimits.Seconds(retryAfter);
            context.Errors.Add(new CodedValidationError(context.Document.Source, ErrorCodes.RateLimited,
                string.Create(CultureInfo.InvariantCulture, $"This operation costs {Math.Max(1, Math.Ceiling(cost.FieldCost))} points, more than the client has left of its {budgets.Options.PointsPerWindow} per {budgets.Options.WindowSeconds} s. Retry in {seconds} s."),
                new Dictionary<string, object?> { ["fieldCost"] = cost.FieldCost, ["retryAfter"] = seconds }));
        }

        return Task.CompletedTask;
    }
}
