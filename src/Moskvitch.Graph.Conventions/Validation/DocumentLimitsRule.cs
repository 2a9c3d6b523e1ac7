using GraphQL.Validation;
using GraphQLParser.AST;

namespace Moskvitch.Graph.Conventions;

/// <summary>Rejects documents with too many aliases, root fields or directives before anything runs.</summary>
public sealed class DocumentLimitsRule(GraphQLLimits limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var aliases = 0;
        var directives = 0;
        foreach (var node in Walk(context.Document))
        {
            if (node is GraphQLField { Alias: not null })
            {
                aliases++;
            }
            else if (node is GraphQLDirective)
            {
                directives++;
            }
        }

        var rootFields = context.Operation?.SelectionSet.Selections.Count ?? 0;
        if (aliases > limits.MaxAliases)
        {
            Report(context, ErrorCodes.MaxAliases, $"The document has {aliases} aliases; at most {limits.MaxAliases} are allowed.");
        }

        if (rootFields > limits.MaxRootFields)
        {
            Report(context, ErrorCodes.MaxRootFields, $"The operation selects {rootFields} root fields; at most {limits.MaxRootFields} are allowed.");
        }

        if (directives > limits.MaxDirectives)
        {
            Report(context, ErrorCodes.MaxDirectives, $"The document has {directives} directives; at most {limits.MaxDirectives} are allowed.");
        }

        return default;
    }

    private static void Report(ValidationContext context, string code, string message) =>
        context.ReportError(new ValidationError(context.Document.Source, null, message) { Code = code });

    private static IEnumerable<ASTNode> Walk(ASTNode root)
    {
        var stack = new Stack<ASTNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            switch (node)
            {
                case GraphQLDocument d:
                    foreach (var definition in d.Definitions)
                    {
                        stack.Push(definition);
                    }

                    break;
                case IHasSelectionSetNode { SelectionSet: { } set }:
                    if (node is IHasDirectivesNode { Directives: { } own })
                    {
                        foreach (var directive in own.Items)
                        {
                            stack.Push(directive);
                        }
                    }

                    foreach (var selection in set.Selections)
                    {
                        stack.Push(selection);
                    }

                    break;
                case IHasDirectivesNode { Directives: { } directives }:
                    foreach (var directive in directives.Items)
                    {
                        stack.Push(directive);
                    }

                    break;
            }
        }
    }
}
