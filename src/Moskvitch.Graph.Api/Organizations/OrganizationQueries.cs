using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Api.GraphQL.Data;
using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Api.Organizations;

public static class OrganizationQueries
{
    public static void AddOrganizationQueries(this ObjectGraphType query)
    {
        query.AddLookup<Organization, OrganizationGraphType>("organization", "Organization", "One organization, by global id or slug (e.g. `azlk`).");
        query.AddList<Organization, OrganizationGraphType>("organizations", "Every organization, by name.", DataArguments.By((Organization o) => o.Name), DataArguments.By((Organization o) => o.Id));
        query.AddList<PlantName, PlantNameGraphType>("plantNames", "The names of the Moscow plant over time.", DataArguments.By((PlantName n) => n.YearFrom), DataArguments.By((PlantName n) => n.Id));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OwnershipGraphType>>>>("ownerships")
            .Description("Every ownership, shareholding, operation and partnership, by start year.")
            .WithWhereAndOrder("Ownership")
            .Argument<IntGraphType>("activeIn", "Only the periods that include this year (an open end counts as ongoing; a period with no dates at all is left out).")
            .ResolveAsync(async c =>
            {
                var year = c.GetArgument<int?>("activeIn");
                return await c.QueryAsync(db => c.ApplyWhereAndOrder(
                        db.Ownerships.Where(o => year == null || ((o.FromYear != null || o.ToYear != null) && (o.FromYear == null || o.FromYear <= year) && (o.ToYear == null || o.ToYear >= year))),
                        [DataArguments.By((Ownership o) => o.FromYear)])
                    .ToListAsync(c.CancellationToken));
            });
    }
}
