using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public static class ModelQueries
{
    public static void AddModelQueries(this ObjectGraphType query)
    {
        query.AddLookup<Model, ModelGraphType>("model", "Model", "One model, by global id or slug (e.g. `moskvitch-412`).");
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelGraphType>>>>("models")
            .Description("The models in the graph, ordered by production start year and name.")
            .Argument<BooleanGraphType>("isMoskvitch", "Only Moskvitch/Moskvich models (true) or only the foreign models they drew on (false).")
            .ResolveAsync(async c =>
            {
                var isMoskvitch = c.GetArgument<bool?>("isMoskvitch");
                return await c.QueryAsync(db => db.Models
                    .Where(m => isMoskvitch == null || m.IsMoskvitch == isMoskvitch)
                    .OrderBy(m => m.YearFrom == null).ThenBy(m => m.YearFrom).ThenBy(m => m.Name).ThenBy(m => m.Id)
                    .ToListAsync(c.CancellationToken));
            });
        query.AddList<DesignInfluence, DesignInfluenceGraphType>("designInfluences", "Every design influence: which model drew on which, what and how.",
            q => q.OrderBy(d => d.ModelId).ThenBy(d => d.Id));
        query.AddList<Succession, SuccessionGraphType>("successions", "Every predecessor/successor link between models.", q => q.OrderBy(s => s.Id));
    }
}
