using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Data;

/// <summary>EF Core's view of the schema that db/migrations creates. EF never migrates; it only maps.</summary>
public sealed class MoskvitchDbContext(DbContextOptions<MoskvitchDbContext> options) : DbContext(options)
{
    public DbSet<Model> Models => Set<Model>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MoskvitchDbContext).Assembly);
}
