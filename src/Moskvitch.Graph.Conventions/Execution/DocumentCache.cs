using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// Keeps parsed, validated documents, so that a document sent again (a front-end's or a bulk pull's every request)
/// skips parsing and the rules that depend on the document alone. Keyed by the operation name and the document text,
/// since some rules look at the selected operation only. Only documents that passed validation are kept; the cache is
/// bounded by <see cref="GraphQLLimits.DocumentCacheCharacters"/> (least recently used entries go first).
/// </summary>
/// <remarks>
/// A cached document still runs <see cref="RequestRules"/>: those that read the request rather than the document
/// (GET or POST, variables, the cost header). Variables are coerced and arguments parsed on every request by the
/// validator itself.
/// </remarks>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _cache;
    private readonly IValidationRule[] _requestRules;
    private long _hits;

    public DocumentCache(GraphQLLimits limits)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, limits.DocumentCacheCharacters), CompactionPercentage = 0.25 });
        Enabled = limits.DocumentCacheCharacters > 0;
        _requestRules = [HttpGetValidationRule.Instance, NulCharacterRule.VariablesOnly, new CostRule(limits)];
    }

    public bool Enabled { get; }

    /// <summary>Requests answered with a cached document.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>The rules a cached document runs again: they read the request (method, variables, headers), not the document.</summary>
    public IReadOnlyList<IValidationRule> RequestRules => _requestRules;

    /// <summary>After the persisted-operation handlers (100, 150), which turn an id into the document text.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (!Enabled || options.Document is not null || options.Query is not { } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        var key = new Key(options.OperationName, query);
        if (_cache.TryGetValue(key, out GraphQLDocument? cached) && cached is not null)
        {
            Interlocked.Increment(ref _hits);
            options.Document = cached;
            options.ValidationRules = _requestRules;
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is { } document)
        {
            _cache.Set(key, document, new MemoryCacheEntryOptions { Size = query.Length + (options.OperationName?.Length ?? 0) });
        }

        return result;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Key(string? OperationName, string Query);
}
