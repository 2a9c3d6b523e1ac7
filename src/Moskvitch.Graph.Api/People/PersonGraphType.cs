using Moskvitch.Graph.Events;
using Moskvitch.Graph.People;

namespace Moskvitch.Graph.Api.People;

public sealed class PersonGraphType : ObjectGraphType<Person>
{
    public PersonGraphType()
    {
        Name = "Person";
        Description = "A person the sources name.";
        this.AddGlobalId();
        Field(p => p.Slug).Description("A stable, readable key, e.g. `joseph-stalin`.");
        Field(p => p.Name).Description("The person's name.");
        Field(p => p.Description, nullable: true).Description("Who the person is, as the sources describe them.");
        this.AddConnection<Person, EventPerson>("events", "The events the person took part in, with their part.", e => e.PersonId, [DataArguments.By((EventPerson e) => e.EventId)], "PersonEvents");
        this.AddFactFields(SubjectKind.Person);
    }
}
