using Moskvitch.Graph.Api.People;
using Moskvitch.Graph.Events;

namespace Moskvitch.Graph.Api.Events;

public sealed class EventPersonGraphType : ObjectGraphType<EventPerson>
{
    public EventPersonGraphType()
    {
        Name = "EventPerson";
        Description = "A person's part in an event.";
        this.AddGlobalId();
        Field<NonNullGraphType<EventGraphType>>("event").Description("The event.").ResolveRelation(s => s.Event, s => s.EventId);
        Field<NonNullGraphType<PersonGraphType>>("person").Description("The person.").ResolveRelation(s => s.Person, s => s.PersonId);
        Field(e => e.Role, nullable: true).Description("The person's part, as the sources describe it.");
        this.AddFactFields(claimKind: null);
    }
}
