using Moskvitch.Graph.Places;

namespace Moskvitch.Graph.Api.Places;

public static class PlaceQueries
{
    /// <summary>This feature's entity kinds.</summary>
    public static GraphConventionsBuilder AddPlaces(this GraphConventionsBuilder graph) => graph
        .AddEntity<Place, PlaceGraphType>();

    public static void AddPlaceQueries(this ObjectGraphType query)
    {
        query.AddLookup<Place, PlaceGraphType>("place", "Place", "One place, by global id or slug (e.g. `moscow`).");
        query.AddConnection<Place>("places", "Every place, by name.", [DataArguments.By((Place p) => p.Name), DataArguments.By((Place p) => p.Id)]);
    }
}
