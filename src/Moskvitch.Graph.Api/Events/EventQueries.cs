using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Api.GraphQL.Data;
using Moskvitch.Graph.Events;

namespace Moskvitch.Graph.Api.Events;

public static class EventQueries
{
    public static void AddEventQueries(this ObjectGraphType query)
    {
        query.AddLookup<Event, EventGraphType>("event", "Event", "One event, by global id or slug.");
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventGraphType>>>>("events")
            .Description("The events, in date order.")
            .WithWhereAndOrder("Event")
            .Argument<IntGraphType>("year", "Only the events of this year.")
            .ResolveAsync(async c =>
            {
                var year = c.GetArgument<int?>("year");
                return await c.QueryAsync(db => c.ApplyWhereAndOrder(
                        db.Events.Where(e => year == null || e.Year == year),
                        [DataArguments.By((Event e) => e.Year), DataArguments.By((Event e) => e.OccurredOn)])
                    .ToListAsync(c.CancellationToken));
            });
    }
}
