using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>The factory over the host's pooled <see cref="IDbContextFactory{TContext}"/>.</summary>
public sealed class GraphDbContextFactory<TContext>(IDbContextFactory<TContext> factory) : IGraphDbContextFactory
    where TContext : DbContext
{
    public async ValueTask<DbContext> CreateAsync(CancellationToken cancellationToken) =>
        await factory.CreateDbContextAsync(cancellationToken);
}
