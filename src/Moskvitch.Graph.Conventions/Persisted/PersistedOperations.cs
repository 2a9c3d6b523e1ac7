using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Moskvitch.Graph.Conventions.Persisted;

/// <summary>
/// The stored operations (db/operations/*.graphql, embedded in this assembly), each known by the lowercase SHA-256 hex
/// of its exact UTF-8 text.
/// </summary>
public sealed class PersistedOperations
{
    private const string ResourcePrefix = "Operations.";

    private readonly FrozenDictionary<string, PersistedOperation> _byId;

    public PersistedOperations(IEnumerable<PersistedOperation> operations)
    {
        _byId = operations.ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>Every stored operation, by file name.</summary>
    public IReadOnlyList<PersistedOperation> All => [.. _byId.Values.OrderBy(o => o.Name, StringComparer.Ordinal)];

    /// <summary>The text of the operation with this id (64 lowercase hex digits), or null.</summary>
    public string? Find(string id) => _byId.TryGetValue(id, out var operation) ? operation.Text : null;

    /// <summary>Loads the operations embedded as <c>Operations.*.graphql</c> resources.</summary>
    public static PersistedOperations LoadEmbedded(System.Reflection.Assembly assembly)
    {
        var operations = new List<PersistedOperation>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                || !resource.EndsWith(".graphql", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            operations.Add(new PersistedOperation(
                resource[ResourcePrefix.Length..^".graphql".Length],
                Hash(bytes),
                new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes)));
        }

        return new PersistedOperations(operations);
    }

    /// <summary>The lowercase SHA-256 hex of the bytes.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The lowercase SHA-256 hex of the text's UTF-8 bytes.</summary>
    public static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));
}
