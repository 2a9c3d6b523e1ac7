using Moskvitch.Graph.Events;

namespace Moskvitch.Graph.Api.Events;

public static class EventQueries
{
    /// <summary>This feature's entity kinds.</summary>
    public static GraphConventionsBuilder AddEvents(this GraphConventionsBuilder graph) => graph
        .AddEntity<Event, EventGraphType>()
        .AddEntity<EventPerson, EventPersonGraphType>();

    public static void AddEventQueries(this ObjectGraphType query)
    {
        query.AddLookup<Event, EventGraphType>("event", "Event", "One event, by global id or slug.");
        query.AddConnection<Event>(
                "events",
                "The events, in date order.",
                [DataArguments.By((Event e) => e.Year), DataArguments.By((Event e) => e.OccurredOn)],
                RowSources.ByArgument<Event, int?>("year", (db, year) => year is int y ? db.Set<Event>().Where(e => e.Year == y) : db.Set<Event>()))
            .Argument<IntGraphType>("year", "Only the events of this year.");
    }
}
