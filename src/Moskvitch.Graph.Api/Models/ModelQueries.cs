using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Api.GraphQL.Data;
using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public static class ModelQueries
{
    public static void AddModelQueries(this ObjectGraphType query)
    {
        query.AddLookup<Model, ModelGraphType>("model", "Model", "One model, by global id or slug (e.g. `moskvitch-412`).");
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelGraphType>>>>("models")
            .Description("The models in the graph, ordered by production start year and name.")
            .WithWhereAndOrder("Model")
            .Argument<BooleanGraphType>("isMoskvitch", "Only Moskvitch/Moskvich models (true) or only the foreign models they drew on (false).")
            .ResolveAsync(async c =>
            {
                var isMoskvitch = c.GetArgument<bool?>("isMoskvitch");
                return await c.QueryAsync(db => c.ApplyWhereAndOrder(
                        db.Models.Where(m => isMoskvitch == null || m.IsMoskvitch == isMoskvitch),
                        [DataArguments.By((Model m) => m.YearFrom), DataArguments.By((Model m) => m.Name)])
                    .ToListAsync(c.CancellationToken));
            });
        query.AddList<DesignInfluence, DesignInfluenceGraphType>("designInfluences", "Every design influence: which model drew on which, what and how.", DataArguments.By((DesignInfluence d) => d.ModelId), DataArguments.By((DesignInfluence d) => d.Id));
        query.AddList<Succession, SuccessionGraphType>("successions", "Every predecessor/successor link between models.", DataArguments.By((Succession s) => s.Id));
    }
}
