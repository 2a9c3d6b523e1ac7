using System.Linq.Expressions;
using GraphQL.Builders;
using Moskvitch.Graph.Api.Aggregates;
using Moskvitch.Graph.Data;
using Moskvitch.Graph.Engines;
using Moskvitch.Graph.Models;
using Moskvitch.Graph.Production;
using static Moskvitch.Graph.Api.Aggregates.Aggregation;

// In the GraphQL namespace so that Query needs only its one call.
namespace Moskvitch.Graph.Api.GraphQL;

/// <summary>
/// <c>modelAggregates</c>, <c>engineAggregates</c> and <c>figureAggregates</c>: counts, sums, minima, maxima and means
/// per group, computed by PostgreSQL (<c>GROUP BY</c>) over the rows the list fields' <c>where</c> selects.
/// </summary>
public static class AggregateQueries
{
    private const string Undisputed = "Values the sources dispute are NULL in their columns (the competing values are `claims`), so the aggregates count, add and compare only undisputed column values; a group key on a year (DECADE) uses the range of the claims instead and counts a disputed model in a decade when all its claims fall in it.";

    private static readonly Measure<Model>[] ModelMeasures =
    [
        M("unitsBuilt", (Model m) => m.UnitsBuilt),
        M("unitsExported", (Model m) => m.UnitsExported),
        M("yearFrom", (Model m) => m.YearFrom),
        M("yearTo", (Model m) => m.YearTo),
        M("topSpeedKmh", (Model m) => m.TopSpeedKmh),
    ];

    private static readonly Measure<Engine>[] EngineMeasures =
    [
        M("displacementCc", (Engine e) => e.DisplacementCc),
        M("powerHp", (Engine e) => e.PowerHp),
        M("powerKw", (Engine e) => e.PowerKw),
    ];

    private static readonly Measure<Figure>[] FigureMeasures = [M("value", (Figure f) => f.Value)];

    public static void AddAggregateQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelAggregateGroupGraphType>>>>("modelAggregates")
            .Description("Models counted and aggregated per group (e.g. models started per decade, units built per plant), computed in PostgreSQL over the models `where` selects; without `groupBy` one group of totals with key null. Groups are ordered by key, null last. " + Undisputed)
            .WithWhere("Model")
            .Argument<ModelGroupKeyGraphType>("groupBy", "What to group the models by; omit for the totals.")
            .ResolveAsync(async c =>
            {
                var by = c.GetArgument<ModelGroupKey?>("groupBy");
                return await c.QueryAsync((MoskvitchDbContext db) => Models(db, FilterExpressions.ApplyWhere(db.Models, c.GetArgument<object?>("where")), by, c.CancellationToken));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EngineAggregateGroupGraphType>>>>("engineAggregates")
            .Description("Engines counted and aggregated per group (displacement, power), computed in PostgreSQL over the engines `where` selects; without `groupBy` one group of totals with key null. Groups are ordered by key, null last. " + Undisputed)
            .WithWhere("Engine")
            .Argument<EngineGroupKeyGraphType>("groupBy", "What to group the engines by; omit for the totals.")
            .ResolveAsync(async c =>
            {
                var by = c.GetArgument<EngineGroupKey?>("groupBy");
                return await c.QueryAsync((MoskvitchDbContext db) => Engines(FilterExpressions.ApplyWhere(db.Engines, c.GetArgument<object?>("where")), by, c.CancellationToken));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureAggregateGroupGraphType>>>>("figureAggregates")
            .Description("Figures counted and aggregated per group, unit and kind (values of different units or kinds are never added up, and `sum` is given only for ANNUAL figures: a cumulative total, a rate, a share, a change or a level does not add), computed in PostgreSQL over the figures `where` selects; without `groupBy` one group per unit and kind with key null. Groups are ordered by key, null last, then unit, then kind. " + Undisputed)
            .WithWhere("Figure")
            .Argument<FigureGroupKeyGraphType>("groupBy", "What to group the figures by (besides their unit); omit for totals per unit.")
            .ResolveAsync(async c =>
            {
                var by = c.GetArgument<FigureGroupKey?>("groupBy");
                return await c.QueryAsync((MoskvitchDbContext db) => Figures(FilterExpressions.ApplyWhere(db.Figures, c.GetArgument<object?>("where")), by, c.CancellationToken));
            });
    }

    /// <summary>Adds only the <c>where: {Type}FilterInput</c> argument of the list fields (groups have no row order).</summary>
    private static FieldBuilder<TSource, TReturn> WithWhere<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string typeName)
    {
        field.FieldType.Arguments ??= new QueryArguments();
        field.FieldType.Arguments.Add(new QueryArgument(new GraphQLTypeReference(EntityShapes.FilterInputName(typeName)))
        {
            Name = "where",
            Description = $"Only the {typeName} rows matching these conditions, as in the list fields (HotChocolate filtering).",
        });
        return field;
    }

    private static Task<IReadOnlyList<AggregateGroup>> Models(MoskvitchDbContext db, IQueryable<Model> models, ModelGroupKey? by, CancellationToken ct)
    {
        var t = Text;
        return by switch
        {
            null => RunAsync(models, m => (int?)null, ModelMeasures, _ => null, null, ct),
            // A disputed start year counts in a decade when all its claims fall in it (1964 and 1965: the 1960s).
            ModelGroupKey.Decade => RunAsync(models, m => m.YearFromEarliest / 10 == m.YearFromLatest / 10 ? m.YearFromEarliest / 10 * 10 : null, ModelMeasures, Decade, null, ct),
            ModelGroupKey.YearFrom => RunAsync(models, m => m.YearFrom, ModelMeasures, k => t(k), null, ct),
            ModelGroupKey.Generation => RunAsync(models, m => m.Generation, ModelMeasures, k => k, null, ct),
            ModelGroupKey.BodyType => RunAsync(models, m => m.BodyType, ModelMeasures, k => t(k), null, ct),
            ModelGroupKey.Layout => RunAsync(models, m => m.Layout, ModelMeasures, k => t(k), null, ct),
            ModelGroupKey.Status => RunAsync(models, m => m.Status, ModelMeasures, k => t(k), null, ct),
            ModelGroupKey.Brand => RunAsync(models, m => m.Brand, ModelMeasures, k => k, null, ct),
            ModelGroupKey.Maker => RunAsync(models, m => m.Maker == null ? null : m.Maker.Name, ModelMeasures, k => k, null, ct),
            ModelGroupKey.Country => RunAsync(models, m => m.Maker == null ? null : m.Maker.Country, ModelMeasures, k => k, null, ct),
            _ => Plants(db, models, ct),
        };
    }

    /// <summary>Each (model, plant) pair, and each model without a plant once with a null plant.</summary>
    private static Task<IReadOnlyList<AggregateGroup>> Plants(MoskvitchDbContext db, IQueryable<Model> models, CancellationToken ct)
    {
        var pairs =
            from m in models
            from mp in db.ModelPlants.Where(p => p.ModelId == m.Id).DefaultIfEmpty()
            select new ModelAtPlant { Model = m, Plant = mp == null ? null : mp.Plant.Name };
        Measure<ModelAtPlant>[] measures = [.. ModelMeasures.Select(x => new Measure<ModelAtPlant>(x.Name, Through<ModelAtPlant, Model>(p => p.Model, x.Selector)))];
        return RunAsync(pairs, p => p.Plant, measures, k => k, null, ct);
    }

    private static Task<IReadOnlyList<AggregateGroup>> Engines(IQueryable<Engine> engines, EngineGroupKey? by, CancellationToken ct)
    {
        var t = Text;
        return by switch
        {
            null => RunAsync(engines, e => (int?)null, EngineMeasures, _ => null, null, ct),
            EngineGroupKey.Fuel => RunAsync(engines, e => e.Fuel, EngineMeasures, k => t(k), null, ct),
            EngineGroupKey.Aspiration => RunAsync(engines, e => e.Aspiration, EngineMeasures, k => t(k), null, ct),
            EngineGroupKey.Cylinders => RunAsync(engines, e => e.Cylinders, EngineMeasures, k => t(k), null, ct),
            _ => RunAsync(engines, e => e.CylinderLayout, EngineMeasures, k => k, null, ct),
        };
    }

    private static Task<IReadOnlyList<AggregateGroup>> Figures(IQueryable<Figure> figures, FigureGroupKey? by, CancellationToken ct)
    {
        var t = Text;
        return by switch
        {
            null => RunAsync(figures, f => new { Key = (int?)null, f.Unit, f.Kind }, FigureMeasures, _ => null, k => (k.Unit, k.Kind), ct),
            FigureGroupKey.Metric => RunAsync(figures, f => new { Key = f.Metric, f.Unit, f.Kind }, FigureMeasures, k => t(k.Key), k => (k.Unit, k.Kind), ct),
            FigureGroupKey.Year => RunAsync(figures, f => new { Key = f.Year, f.Unit, f.Kind }, FigureMeasures, k => t(k.Key), k => (k.Unit, k.Kind), ct),
            FigureGroupKey.Decade => RunAsync(figures, f => new { Key = f.Year / 10 * 10, f.Unit, f.Kind }, FigureMeasures, k => Decade(k.Key), k => (k.Unit, k.Kind), ct),
            FigureGroupKey.Organization => RunAsync(figures, f => new { Key = f.Organization == null ? null : f.Organization.Name, f.Unit, f.Kind }, FigureMeasures, k => k.Key, k => (k.Unit, k.Kind), ct),
            FigureGroupKey.Series => RunAsync(figures, f => new { Key = f.Series, f.Unit, f.Kind }, FigureMeasures, k => k.Key, k => (k.Unit, k.Kind), ct),
            _ => RunAsync(figures, f => new { Key = f.Model == null ? null : f.Model.Name, f.Unit, f.Kind }, FigureMeasures, k => k.Key, k => (k.Unit, k.Kind), ct),
        };
    }

    /// <summary><paramref name="selector"/> applied to what <paramref name="path"/> reaches.</summary>
    private static LambdaExpression Through<TOuter, TInner>(Expression<Func<TOuter, TInner>> path, LambdaExpression selector) =>
        Expression.Lambda(new Replace(selector.Parameters[0], path.Body).Visit(selector.Body), path.Parameters[0]);

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    /// <summary>A model with the name of one plant that built it (null when none did).</summary>
    private sealed class ModelAtPlant
    {
        public Model Model { get; set; } = null!;
        public string? Plant { get; set; }
    }
}
