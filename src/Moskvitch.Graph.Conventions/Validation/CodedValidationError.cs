using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Moskvitch.Graph.Conventions;

/// <summary>A validation error with extensions of its own, next to <c>code</c>.</summary>
public class CodedValidationError : ValidationError
{
    public CodedValidationError(ROM source, string code, string message, IReadOnlyDictionary<string, object?>? extensions = null, params ASTNode[] nodes)
        : base(source, null, message, nodes)
    {
        Code = code;
        Extra = extensions ?? new Dictionary<string, object?>();
    }

    public IReadOnlyDictionary<string, object?> Extra { get; }
}
