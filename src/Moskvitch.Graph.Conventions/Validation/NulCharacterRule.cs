using GraphQL.Validation;
using GraphQLParser.AST;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// PostgreSQL text cannot hold U+0000: a string with a NUL character, in the document or in the variables, is refused
/// before anything runs (instead of failing in the database).
/// </summary>
public sealed class NulCharacterRule : ValidationRuleBase
{
    public const string Code = ErrorCodes.BadUserInput;

    private readonly bool _variablesOnly;

    private NulCharacterRule(bool variablesOnly) => _variablesOnly = variablesOnly;

    public static NulCharacterRule Instance { get; } = new(variablesOnly: false);

    /// <summary>The variables alone, for a cached document whose text was checked when it was first validated.</summary>
    public static NulCharacterRule VariablesOnly { get; } = new(variablesOnly: true);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Variables is { } variables && ContainsNul(variables))
        {
            Report(context, null);
        }

        return _variablesOnly ? default : new(new MatchingNodeVisitor<GraphQLStringValue>((node, ctx) =>
        {
            if (node.Value.Span.Contains('\0'))
            {
                Report(ctx, node);
            }
        }));
    }

    private static void Report(ValidationContext context, ASTNode? node) => context.ReportError(Error(context.Document, node));

    /// <summary>The error for a NUL character in <paramref name="node"/>, or in the variables when it is null.</summary>
    public static ValidationError Error(GraphQLDocument document, ASTNode? node) =>
        new(document.Source, null, "Strings may not contain the NUL character (U+0000).", node is null ? [] : [node]) { Code = Code };

    /// <summary>Whether <paramref name="value"/> (variables, an input object, a list, a string) holds a NUL character anywhere.</summary>
    public static bool ContainsNul(object? value) => value switch
    {
        string s => s.Contains('\0', StringComparison.Ordinal),
        IReadOnlyDictionary<string, object?> map => map.Values.Any(ContainsNul),
        IDictionary<string, object?> map => map.Values.Any(ContainsNul),
        System.Collections.IEnumerable list => list.Cast<object?>().Any(ContainsNul),
        _ => false,
    };
}
