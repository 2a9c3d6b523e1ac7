using GraphQL.Validation;
using GraphQLParser.AST;

namespace Moskvitch.Graph.Api.GraphQL;

/// <summary>
/// Refuses a document with more than <see cref="GraphQLLimits.MaxFields"/> fields and fragment spreads before any
/// validation rule runs (400 <c>MAX_FIELDS</c>). The spec's "fields can be merged" rule compares every pair of fields
/// that share a response name: 5,000 copies of one field (25 KB) took 4 s of CPU; errors reported by other rules do not
/// stop it, so the count has to come first.
/// </summary>
public sealed class BoundedDocumentValidator(GraphQLLimits limits) : IDocumentValidator
{
    public const string Code = "MAX_FIELDS";

    private readonly DocumentValidator _inner = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var count = CountSelections(options.Document, limits.MaxFields);
        if (count > limits.MaxFields)
        {
            var error = new ValidationError(options.Document.Source, null,
                $"The document selects more than {limits.MaxFields} fields; at most {limits.MaxFields} are allowed.")
            { Code = Code };
            return Task.FromResult<IValidationResult>(new ValidationResult([error]));
        }

        return _inner.ValidateAsync(options);
    }

    /// <summary>Fields and fragment spreads in the whole document, counted up to one beyond <paramref name="max"/>.</summary>
    private static int CountSelections(GraphQLDocument document, int max)
    {
        var count = 0;
        var stack = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            if (definition is IHasSelectionSetNode { SelectionSet: { } set })
            {
                stack.Push(set);
            }
        }

        while (stack.Count > 0)
        {
            foreach (var selection in stack.Pop().Selections)
            {
                if (selection is GraphQLField or GraphQLFragmentSpread && ++count > max)
                {
                    return count;
                }

                if (selection is IHasSelectionSetNode { SelectionSet: { } inner })
                {
                    stack.Push(inner);
                }
            }
        }

        return count;
    }
}
