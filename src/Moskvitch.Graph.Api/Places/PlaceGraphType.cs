using Moskvitch.Graph.Events;
using Moskvitch.Graph.Places;

namespace Moskvitch.Graph.Api.Places;

public sealed class PlaceGraphType : ObjectGraphType<Place>
{
    public PlaceGraphType()
    {
        Name = "Place";
        Description = "A place the sources name: a country, region, city, district, site or street.";
        this.AddGlobalId();
        Field(p => p.Slug).Description("A stable, readable key, e.g. `moscow`.");
        Field(p => p.Name).Description("The place's name.");
        Field(p => p.Kind, type: typeof(NonNullGraphType<PlaceKindGraphType>)).Description("What kind of place.");
        Field(p => p.Country, nullable: true).Description("The country it lies in (English name).");
        Field(p => p.Description, nullable: true).Description("A short description drawn from the sources.");
        Field<PlaceGraphType>("parent").Description("The place it lies in.").ResolveRelation(s => s.Parent, s => s.ParentId);
        this.AddConnection<Place, Event>("events", "Events that happened here.", e => e.PlaceId, [DataArguments.By((Event e) => e.Year), DataArguments.By((Event e) => e.OccurredOn), DataArguments.By((Event e) => e.Id)]);
        this.AddFactFields(SubjectKind.Place);
    }
}
