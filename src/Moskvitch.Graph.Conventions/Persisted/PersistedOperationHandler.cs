using GraphQL;
using GraphQL.PersistedDocuments;

namespace Moskvitch.Graph.Conventions.Persisted;

/// <summary>
/// GraphQL.NET's persisted-document handler over the stored operations: ids are SHA-256 hex, bare or as
/// <c>sha256:&lt;hash&gt;</c>; plain <c>query</c> requests still run; an unknown id answers as HotChocolate does
/// (<c>PersistedQueryNotFound</c>, code <c>HC0020</c>).
/// </summary>
public sealed class PersistedOperationHandler(PersistedOperations operations) : PersistedDocumentHandler(CreateOptions(operations))
{
    public const string NotFoundMessage = "PersistedQueryNotFound";

    private static PersistedDocumentOptions CreateOptions(PersistedOperations operations)
    {
        var options = new PersistedDocumentOptions
        {
            AllowOnlyPersistedDocuments = false,
            GetQueryDelegate = (_, prefix, payload) => ValueTask.FromResult(
                prefix is null && !IsSha256Hex(payload) ? null : operations.Find(payload)),
        };
        options.AllowedPrefixes.Clear();
        options.AllowedPrefixes.Add("sha256");
        options.AllowedPrefixes.Add(null);
        return options;
    }

    internal static bool IsSha256Hex(string value) =>
        value.Length == 64 && value.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>An error for an unknown persisted operation, worded as HotChocolate words it.</summary>
    internal static ExecutionError NotFound() => new(NotFoundMessage) { Code = ErrorCodes.PersistedOperationNotFound };

    protected override ExecutionResult CreateExecutionResult(ExecutionError error) =>
        new(error is DocumentNotFoundError ? NotFound() : error) { Executed = false };
}
