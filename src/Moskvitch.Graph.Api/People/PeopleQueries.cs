using Moskvitch.Graph.People;

namespace Moskvitch.Graph.Api.People;

public static class PeopleQueries
{
    /// <summary>This feature's entity kinds.</summary>
    public static GraphConventionsBuilder AddPeople(this GraphConventionsBuilder graph) => graph
        .AddEntity<Person, PersonGraphType>();

    public static void AddPeopleQueries(this ObjectGraphType query)
    {
        query.AddLookup<Person, PersonGraphType>("person", "Person", "One person, by global id or slug.");
        query.AddConnection<Person>("people", "Every person, by name.", [DataArguments.By((Person p) => p.Name), DataArguments.By((Person p) => p.Id)]);
    }
}
