using GraphQL;

namespace Moskvitch.Graph.Conventions;

/// <summary>An error the client sees in place of an unexpected one: a generic message, a code and a correlation id.</summary>
public sealed class MaskedError(string message, string code, string correlationId, Exception original) : ExecutionError(message, original)
{
    public string CorrelationId { get; } = correlationId;

    public MaskedError Coded()
    {
        Code = code;
        return this;
    }
}
