using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Api.GraphQL.Data;
using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Api.Organizations;

public static class OrganizationQueries
{
    public static void AddOrganizationQueries(this ObjectGraphType query)
    {
        query.AddLookup<Organization, OrganizationGraphType>("organization", "Organization", "One organization, by global id or slug (e.g. `azlk`).");
        query.AddList<Organization, OrganizationGraphType>("organizations", "Every organization, by name.", DataArguments.By((Organization o) => o.Name), DataArguments.By((Organization o) => o.Id));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlantNameGraphType>>>>("plantNames")
            .Description("The names of the Moscow plant over time.")
            .WithWhereAndOrder("PlantName")
            .Argument<IntGraphType>("activeIn", "Only the names borne in this year according to at least one source: a disputed start or end counts with every claimed value; a name with no end is still borne; an undated name is left out.")
            .ResolveAsync(async c =>
            {
                var year = c.GetArgument<int?>("activeIn");
                var text = year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return await c.QueryAsync(db =>
                {
                    var claims = db.Claims.Where(x => x.SubjectKind == SubjectKind.PlantName);
                    var names = db.PlantNames.Where(n => year == null
                        || ((n.YearFrom != null || n.YearTo != null || claims.Any(x => x.SubjectId == n.Id))
                            && (n.YearFrom != null
                                ? n.YearFrom <= year
                                : !claims.Any(x => x.SubjectId == n.Id && x.Attribute == "yearFrom")
                                  || claims.Any(x => x.SubjectId == n.Id && x.Attribute == "yearFrom" && string.Compare(x.Value, text) <= 0))
                            && (n.YearTo != null
                                ? n.YearTo >= year
                                : !claims.Any(x => x.SubjectId == n.Id && x.Attribute == "yearTo")
                                  || claims.Any(x => x.SubjectId == n.Id && x.Attribute == "yearTo" && string.Compare(x.Value, text) >= 0))));
                    return c.ApplyWhereAndOrder(names, [DataArguments.By((PlantName n) => n.YearFrom)]).ToListAsync(c.CancellationToken);
                });
            });
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
