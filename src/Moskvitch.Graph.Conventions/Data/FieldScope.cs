using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Conventions.Data;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// What a deferred or batched read keeps of the field that queued it, read when the field resolves: the request's
/// services, the schema and the request's cancellation. GraphQL.NET releases a field's resolve context when its
/// resolver returns and reuses it for other fields, so work that runs later (a batch, a <c>totalCount</c>) must never
/// hold the context itself: it would read another field's arguments, or fail on a context that was reset.
/// </summary>
public readonly record struct FieldScope(IServiceProvider Services, ISchema Schema, CancellationToken CancellationToken)
{
    public static FieldScope Of(IResolveFieldContext context) =>
        new(context.RequestServices ?? throw new InvalidOperationException("The request has no services."), context.Schema, context.CancellationToken);

    /// <summary>Runs <paramref name="query"/> on a fresh DbContext (one per root field or batch).</summary>
    public async Task<TResult> QueryAsync<TResult>(Func<DbContext, Task<TResult>> query)
    {
        await using var db = await Services.GetRequiredService<IGraphDbContextFactory>().CreateAsync(CancellationToken);
        return await query(db);
    }

    /// <summary>The batch loaders of the request.</summary>
    public DataLoaders Batches => Services.GetRequiredService<DataLoaders>();
}
