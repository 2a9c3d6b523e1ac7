using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public static class ModelQueries
{
    /// <summary>This feature's entity kinds.</summary>
    public static GraphConventionsBuilder AddModels(this GraphConventionsBuilder graph) => graph
        .AddEntity<Model, ModelGraphType>()
        .AddCountSummary<Model, ModelTally>(t => t.Models)
        .AddEntity<Succession, SuccessionGraphType>()
        .AddEntity<ModelPlant, ModelPlantGraphType>()
        .AddEntity<DesignInfluence, DesignInfluenceGraphType>()
        .AddEntity<ModelComparison, ModelComparisonGraphType>();

    public static void AddModelQueries(this ObjectGraphType query)
    {
        query.AddLookup<Model, ModelGraphType>("model", "Model", "One model, by global id or slug (e.g. `moskvitch-412`).");
        query.AddConnection<Model>(
                "models",
                "The models in the graph, by production start year and name.",
                [DataArguments.By((Model m) => m.YearFrom), DataArguments.By((Model m) => m.Name)],
                c =>
                {
                    var isMoskvitch = c.GetArgument<bool?>("isMoskvitch");
                    var activeIn = c.GetArgument<int?>("activeIn");
                    // A condition only when the argument is given: a test of the argument inside the query would be evaluated
                    // (compiled) by EF Core on every request.
                    return db => ActiveIn(db, isMoskvitch is bool moskvitch ? db.Set<Model>().Where(m => m.IsMoskvitch == moskvitch) : db.Set<Model>(), activeIn);
                },
                sourceIsTableWithoutArguments: true)
            .Argument<BooleanGraphType>("isMoskvitch", "Only Moskvitch/Moskvich models (true) or only the foreign models they drew on (false).")
            .Argument<IntGraphType>("activeIn", "Only the models in production in this year according to at least one source: a disputed or claimed start or end counts with every claimed value; with no known end, production runs to `inProductionAsOf` when a source describes the model as current, else only the start year counts.");
        query.AddConnection<DesignInfluence>("designInfluences", "Every design influence: which model drew on which, what and how.", [DataArguments.By((DesignInfluence d) => d.ModelId)]);
        query.AddConnection<Succession>("successions", "Every predecessor/successor link between models.", [DataArguments.By((Succession s) => s.Id)]);
    }

    /// <summary>The models whose production (by column, or by any claim where the column is disputed) includes <paramref name="year"/>.</summary>
    private static IQueryable<Model> ActiveIn(DbContext db, IQueryable<Model> models, int? year)
    {
        if (year is not int y)
        {
            return models;
        }

        var text = y.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var claims = db.Set<Claim>().Where(c => c.SubjectKind == SubjectKind.Model);
        return models.Where(m => m.Status == ModelStatus.Produced
            && (m.YearFrom != null
                ? m.YearFrom <= y
                : claims.Any(c => c.SubjectId == m.Id && c.Attribute == "yearFrom" && string.Compare(c.Value, text) <= 0))
            && (m.YearTo != null
                ? m.YearTo >= y
                : claims.Any(c => c.SubjectId == m.Id && c.Attribute == "yearTo")
                    ? claims.Any(c => c.SubjectId == m.Id && c.Attribute == "yearTo" && string.Compare(c.Value, text) >= 0)
                    : m.InProductionAsOf != null ? m.InProductionAsOf >= y : m.YearFrom == y));
    }
}
