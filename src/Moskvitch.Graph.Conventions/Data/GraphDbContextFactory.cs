using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>Makes the host's DbContext for the engine's reads: one short-lived context per root field or batch.</summary>
public interface IGraphDbContextFactory
{
    ValueTask<DbContext> CreateAsync(CancellationToken cancellationToken);
}

/// <summary>The factory over the host's pooled <see cref="IDbContextFactory{TContext}"/>.</summary>
public sealed class GraphDbContextFactory<TContext>(IDbContextFactory<TContext> factory) : IGraphDbContextFactory
    where TContext : DbContext
{
    public async ValueTask<DbContext> CreateAsync(CancellationToken cancellationToken) =>
        await factory.CreateDbContextAsync(cancellationToken);
}
