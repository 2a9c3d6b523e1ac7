using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Api.Organizations;

public static class OrganizationQueries
{
    public static void AddOrganizationQueries(this ObjectGraphType query)
    {
        query.AddLookup<Organization, OrganizationGraphType>("organization", "Organization", "One organization, by global id or slug (e.g. `azlk`).");
        query.AddList<Organization, OrganizationGraphType>("organizations", "Every organization, by name.", q => q.OrderBy(o => o.Name).ThenBy(o => o.Id));
        query.AddList<PlantName, PlantNameGraphType>("plantNames", "The names of the Moscow plant over time.", q => q.OrderBy(n => n.YearFrom).ThenBy(n => n.Id));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OwnershipGraphType>>>>("ownerships")
            .Description("Every ownership, shareholding, operation and partnership, by start year.")
            .Argument<IntGraphType>("activeIn", "Only the periods that include this year.")
            .ResolveAsync(async c =>
            {
                var year = c.GetArgument<int?>("activeIn");
                return await c.QueryAsync(db => db.Ownerships
                    .Where(o => year == null || ((o.FromYear == null || o.FromYear <= year) && (o.ToYear == null || o.ToYear >= year)))
                    .OrderBy(o => o.FromYear).ThenBy(o => o.Id)
                    .ToListAsync(c.CancellationToken));
            });
    }
}
