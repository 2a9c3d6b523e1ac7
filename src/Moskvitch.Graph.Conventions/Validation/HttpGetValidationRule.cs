using GraphQL.Validation;
using GraphQLParser.AST;

namespace Moskvitch.Graph.Conventions;

/// <summary>GraphQL over HTTP: a GET request may only run a query; mutations and subscriptions need POST (405).</summary>
public sealed class HttpGetValidationRule : ValidationRuleBase
{
    public const string Code = ErrorCodes.HttpMethod;
    public const string IsGetRequestKey = "conventions:http-get";

    public static HttpGetValidationRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.UserContext.TryGetValue(IsGetRequestKey, out var isGet) && isGet is true
            && context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(
                context.Document.Source, null,
                $"Only query operations are allowed over GET; send this {context.Operation.Operation.ToString().ToLowerInvariant()} with POST.",
                context.Operation)
            { Code = Code });
        }

        return default;
    }
}
