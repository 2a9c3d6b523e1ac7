using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Data;
using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public static class ModelQueries
{
    public static void AddModelQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelGraphType>>>, IReadOnlyList<Model>>("models")
            .Description("The models in the graph, ordered by production start year and name.")
            .ResolveAsync(async c =>
            {
                var factory = c.RequestServices!.GetRequiredService<IDbContextFactory<MoskvitchDbContext>>();
                await using var db = await factory.CreateDbContextAsync(c.CancellationToken);
                return await db.Models
                    .OrderBy(m => m.YearFrom == null).ThenBy(m => m.YearFrom).ThenBy(m => m.Name).ThenBy(m => m.Id)
                    .ToListAsync(c.CancellationToken);
            });
    }
}
