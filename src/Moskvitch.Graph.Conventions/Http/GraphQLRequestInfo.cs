using GraphQL.Execution;
using GraphQL.Validation;

namespace Moskvitch.Graph.Conventions.Http;

/// <summary>
/// What the GraphQL endpoint learned about a request, for the host's logs, metrics and traces: the operation's name
/// and type (once the document is parsed), the cost charged, and the outcome (the code of the first error, null when
/// there was none). Kept in the request's features; never the document's text or the variables' values.
/// </summary>
public sealed class GraphQLRequestInfo
{
    public string? OperationName { get; set; }

    /// <summary><c>query</c>, <c>mutation</c> or <c>subscription</c>; null when no operation was selected.</summary>
    public string? OperationType { get; set; }

    /// <summary>The points charged to the client's budget (the operation's field cost, at least one); null when none were.</summary>
    public double? Cost { get; set; }

    /// <summary>The <c>extensions.code</c> of the first error of the response; null when it had none.</summary>
    public string? Code { get; set; }

    /// <summary>The request's record, made on first use.</summary>
    public static GraphQLRequestInfo Of(HttpContext http)
    {
        if (http.Features.Get<GraphQLRequestInfo>() is { } info)
        {
            return info;
        }

        info = new GraphQLRequestInfo();
        http.Features.Set(info);
        return info;
    }

    /// <summary>Records the selected operation once the document is validated.</summary>
    internal sealed class Listener(GraphQLRequestInfo info) : DocumentExecutionListenerBase
    {
        public override Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
        {
            if (context.Operation is { } operation)
            {
                info.OperationName = operation.Name?.StringValue;
                info.OperationType = operation.Operation switch
                {
                    GraphQLParser.AST.OperationType.Mutation => "mutation",
                    GraphQLParser.AST.OperationType.Subscription => "subscription",
                    _ => "query",
                };
            }

            return Task.CompletedTask;
        }
    }
}
