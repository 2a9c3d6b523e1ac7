using Moskvitch.Graph.Api.Models;
using Moskvitch.Graph.Api.Organizations;
using Moskvitch.Graph.Api.Places;
using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Production;

public sealed class FigureGraphType : ObjectGraphType<Figure>
{
    public FigureGraphType()
    {
        Name = "Figure";
        Description = "A figure for a year or period (production, sales, revenue, employees, …) of a model, a series, an organization or a market, with its kind.";
        this.AddGlobalId();
        Field(f => f.Metric, type: typeof(NonNullGraphType<MetricGraphType>)).Description("What the figure measures.");
        Field(f => f.Kind, type: typeof(NonNullGraphType<FigureKindGraphType>)).Description("What kind of number it is (annual, cumulative, a period, a rate, a share, a change, a level); only ANNUAL figures add up.");
        Field(f => f.Series, nullable: true).Description("For a figure about a whole model family: the series, as `Model.series` (e.g. `402/403/407`); such a figure has no `model`.");
        Field(f => f.Year, nullable: true).Description("The year.");
        Field(f => f.Period, nullable: true).Description("The period within or across years, e.g. `H1`, `June`, `cumulative`.");
        Field(f => f.Value).Description("The value as stated.");
        Field(f => f.Unit, type: typeof(NonNullGraphType<UnitGraphType>)).Description("The unit.");
        Field(f => f.Qualifier, type: typeof(QualifierGraphType)).Description("How the source qualifies the value (about, over, …).");
        Field(f => f.Note, nullable: true).Description("A note from the sources.");
        Field<ModelGraphType>("model").Description("The model it is for.").ResolveRelation(s => s.Model, s => s.ModelId);
        Field<OrganizationGraphType>("organization").Description("The organization it is for.").ResolveRelation(s => s.Organization, s => s.OrganizationId);
        Field<PlaceGraphType>("place").Description("The market it is for.").ResolveRelation(s => s.Place, s => s.PlaceId);
        this.AddFactFields(SubjectKind.Figure);
    }
}
