using Moskvitch.Graph.Api.Models;
using Moskvitch.Graph.Api.Organizations;
using Moskvitch.Graph.Api.Places;
using Moskvitch.Graph.Events;

namespace Moskvitch.Graph.Api.Events;

public sealed class EventGraphType : ObjectGraphType<Event>
{
    public EventGraphType()
    {
        Name = "Event";
        Description = "Something that happened: a founding, a renaming, a first or millionth car, a power cut, a bankruptcy, a sale, a relaunch, an award…";
        this.AddGlobalId();
        Field(e => e.Slug).Description("A stable, readable key.");
        Field(e => e.Title).Description("A short title.");
        Field(e => e.Kind, type: typeof(NonNullGraphType<EventKindGraphType>)).Description("What kind of event.");
        Field(e => e.OccurredOn, nullable: true).Description("When it happened: the day, or the first day of the month or year when `datePrecision` says so.");
        Field(e => e.DatePrecision, type: typeof(NonNullGraphType<DatePrecisionGraphType>)).Description("How precisely the sources date it.");
        Field(e => e.Year).Description("The year it happened.");
        Field(e => e.Description, nullable: true).Description("What happened, drawn from the sources.");
        Field<ModelGraphType>("model").Description("The model it concerns.").ResolveRelation(s => s.Model, s => s.ModelId);
        Field<OrganizationGraphType>("organization").Description("The organization it concerns.").ResolveRelation(s => s.Organization, s => s.OrganizationId);
        Field<PlaceGraphType>("place").Description("Where it happened.").ResolveRelation(s => s.Place, s => s.PlaceId);
        this.AddConnection<Event, EventPerson>("people", "The people who took part, with their part.", e => e.EventId, [DataArguments.By((EventPerson e) => e.Id)], "EventPeople");
        Field(e => e.JobsPreservedLowest, nullable: true).Description("The lowest number of jobs the sources say were preserved (a claim-only quantity: its values are `claims` on `jobsPreserved`); null where no source gives one.");
        Field(e => e.JobsPreservedHighest, nullable: true).Description("The highest number of jobs the sources say were preserved; null where no source gives one.");
        this.AddFactFields(SubjectKind.Event, "jobsPreserved");
    }
}
