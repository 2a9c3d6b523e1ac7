using GraphQL.Validation;
using GraphQLParser.AST;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// With introspection switched off (<see cref="GraphQLLimits.Introspection"/>): <c>__schema</c> and <c>__type</c> are
/// refused with HotChocolate's "Introspection is not allowed for the current request." (<c>HC0046</c>); <c>__typename</c>
/// still works.
/// </summary>
public sealed class NoIntrospectionRule : ValidationRuleBase
{
    public const string Code = ErrorCodes.IntrospectionNotAllowed;

    public static NoIntrospectionRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Name.Value.Span is "__schema" or "__type")
            {
                ctx.ReportError(new CodedValidationError(ctx.Document.Source, Code, "Introspection is not allowed for the current request.",
                    new Dictionary<string, object?> { ["field"] = field.Name.StringValue }, field));
            }
        }));
}
