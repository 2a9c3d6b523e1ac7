using GraphQL.Types;
using Moskvitch.Graph.Conventions;
using Moskvitch.Graph.Conventions.Data;
using Moskvitch.Graph.Places;

namespace Moskvitch.Graph.Api.Places;

public static class PlaceQueries
{
    /// <summary>This feature's entity kinds.</summary>
    public static GraphConventionsBuilder AddPlaces(this GraphConventionsBuilder graph) => graph
            .AddEntity<Place, PlaceGraphType>()
            .AddEntity<Person, PersonGraphType>();

    public static void AddPlaceQueries(this ObjectGraphType query)
    {
        query.AddLookup<Place, PlaceGraphType>("place", "Place", "One place, by global id or slug (e.g. `moscow`).");
        query.AddConnection<Place>("places", "Every place, by name.", [DataArguments.By((Place p) => p.Name), DataArguments.By((Place p) => p.Id)]);
        query.AddLookup<Person, PersonGraphType>("person", "Person", "One person, by global id or slug.");
        query.AddConnection<Person>("people", "Every person, by name.", [DataArguments.By((Person p) => p.Name), DataArguments.By((Person p) => p.Id)]);
    }
}
