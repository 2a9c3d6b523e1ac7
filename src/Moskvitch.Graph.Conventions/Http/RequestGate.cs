using GraphQL.Execution;
using Moskvitch.Graph.Conventions.Security;

namespace Moskvitch.Graph.Conventions.Http;

/// <summary>
/// What a request must pass before and while it runs, beside the rate limiter (which has already taken one request from
/// its client's budget and holds its place among the requests in flight, see <see cref="RateLimits"/>): the database
/// must be ready, and once cost analysis has priced the operation its client's cost budget is charged
/// (<see cref="CostCharge"/>).
/// </summary>
public static class RequestGate
{
    /// <summary>Null when the request may run; else why not (the database is not ready: 503 with Retry-After).</summary>
    public static Refusal? Admit(HttpContext http) =>
        http.RequestServices.GetService<IDatabaseState>() is { IsReady: false }
            ? new Refusal(ErrorCodes.DatabaseUnavailable, "The database is not available yet; try again shortly.")
            : null;

    /// <summary>The charge of this request's operation to its client's cost budget, after validation and before execution.</summary>
    public static IDocumentExecutionListener Charge(HttpContext http) =>
        new CostCharge(http.RequestServices.GetRequiredService<ClientBudgets>(), RateLimits.ClientOf(http));
}
