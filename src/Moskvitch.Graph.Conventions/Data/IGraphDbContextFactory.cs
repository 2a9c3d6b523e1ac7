using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>Makes the host's DbContext for the engine's reads: one short-lived context per root field or batch.</summary>
public interface IGraphDbContextFactory
{
    ValueTask<DbContext> CreateAsync(CancellationToken cancellationToken);
}
