using GraphQLParser;

namespace Moskvitch.Graph.Conventions;

public sealed class CostExceededError(ROM source, string message, IReadOnlyDictionary<string, object?> extensions)
    : CodedValidationError(source, ErrorCodes.CostExceeded, message, extensions);
