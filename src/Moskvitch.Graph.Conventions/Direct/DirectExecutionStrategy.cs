using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Moskvitch.Graph.Conventions.Data;

namespace Moskvitch.Graph.Conventions.Direct;

/// <summary>
/// Query execution: an operation with a <see cref="DirectPlan"/> is answered by its one statement; every other one,
/// and any request whose arguments the plan leaves to it, by GraphQL.NET's parallel execution. Plans are compiled once
/// per operation node, so a cached document (see <see cref="DocumentCache"/>) compiles its plan once for all requests.
/// </summary>
public sealed class DirectExecutionStrategy(GraphQLLimits limits, ILogger<DirectExecutionStrategy> logger) : ParallelExecutionStrategy
{
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, PlanBox> Plans = [];
    private long _served;
    private long _fallbacks;

    /// <summary>Requests answered by a plan's statement.</summary>
    public long Served => Interlocked.Read(ref _served);

    /// <summary>Requests whose plan's statement failed, answered again by the general path.</summary>
    public long Fallbacks => Interlocked.Read(ref _fallbacks);

    public override async Task<ExecutionResult> ExecuteAsync(GraphQL.Execution.ExecutionContext context)
    {
        if (!limits.DirectExecution || context.RequestServices is not { } services)
        {
            return await base.ExecuteAsync(context).ConfigureAwait(false);
        }

        // A known plan binds the request's arguments before a context is taken: an operation or a request left to
        // field execution costs no DbContext of its own.
        var known = Plans.TryGetValue(context.Operation, out var box) ? box : null;
        var values = known?.Plan?.Bind(context, limits);
        if (known is not null && values is null)
        {
            return await base.ExecuteAsync(context).ConfigureAwait(false);
        }

        var cancellation = context.CancellationToken;
        await using (var db = await services.GetRequiredService<IGraphDbContextFactory>().CreateAsync(cancellation).ConfigureAwait(false))
        {
            var plan = known?.Plan ?? Plans.GetValue(context.Operation, operation =>
                new PlanBox(DirectPlan.Compile(db, context.Schema, services.GetRequiredService<EntityKinds>(), context.Document, operation))).Plan;
            values ??= plan?.Bind(context, limits);
            if (plan is not null && values is not null)
            {
                try
                {
                    var data = await plan.ExecuteAsync(db, values, cancellation).ConfigureAwait(false);
                    Interlocked.Increment(ref _served);
                    return new ExecutionResult
                    {
                        Executed = true,
                        Data = data,
                        Query = context.Document.Source,
                        Document = context.Document,
                        Operation = context.Operation,
                        Extensions = context.OutputExtensions,
                    };
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
                {
                    // The general path answers instead, with its own error if the database is at fault.
                    Interlocked.Increment(ref _fallbacks);
                    logger.LogDebug(e, "The direct statement failed; the request goes through field execution.");
                }
            }
        }

        return await base.ExecuteAsync(context).ConfigureAwait(false);
    }

    private sealed record PlanBox(DirectPlan? Plan);
}
