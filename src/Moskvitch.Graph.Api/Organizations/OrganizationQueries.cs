using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Api.Organizations;

public static class OrganizationQueries
{
    /// <summary>This feature's entity kinds.</summary>
    public static GraphConventionsBuilder AddOrganizations(this GraphConventionsBuilder graph) => graph
        .AddEntity<Organization, OrganizationGraphType>()
        .AddEntity<PlantName, PlantNameGraphType>()
        .AddEntity<Ownership, OwnershipGraphType>();

    public static void AddOrganizationQueries(this ObjectGraphType query)
    {
        query.AddLookup<Organization, OrganizationGraphType>("organization", "Organization", "One organization, by global id or slug (e.g. `azlk`).");
        query.AddConnection<Organization>("organizations", "Every organization, by name.", [DataArguments.By((Organization o) => o.Name), DataArguments.By((Organization o) => o.Id)]);
        query.AddConnection<PlantName>(
                "plantNames",
                "The names of the Moscow plant over time.",
                [DataArguments.By((PlantName n) => n.YearFrom)],
                RowSources.ByArgument<PlantName, int?>("activeIn", PlantNamesActiveIn))
            .Argument<IntGraphType>("activeIn", "Only the names borne in this year according to at least one source: a disputed start or end counts with every claimed value; a name with no end is still borne; an undated name is left out.");
        query.AddConnection<Ownership>(
                "ownerships",
                "Every ownership, shareholding, operation and partnership, by start year.",
                [DataArguments.By((Ownership o) => o.FromYear)],
                RowSources.ByArgument<Ownership, int?>("activeIn", (db, year) => OwnershipsActiveIn(db.Set<Ownership>(), year)))
            .Argument<IntGraphType>("activeIn", "Only the periods that include this year (an open end counts as ongoing; a period with no dates at all is left out).");
    }

    /// <summary>The plant names borne in <paramref name="year"/> by column, or by any claim where the column is disputed.</summary>
    private static IQueryable<PlantName> PlantNamesActiveIn(DbContext db, int? year)
    {
        var text = year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var claims = db.Set<Claim>().Where(x => x.SubjectKind == SubjectKind.PlantName);
        return db.Set<PlantName>().Where(n => year == null
            || ((n.YearFrom != null || n.YearTo != null || claims.Any(x => x.SubjectId == n.Id))
                && (n.YearFrom != null
                    ? n.YearFrom <= year
                    : !claims.Any(x => x.SubjectId == n.Id && x.Attribute == "yearFrom")
                      || claims.Any(x => x.SubjectId == n.Id && x.Attribute == "yearFrom" && string.Compare(x.Value, text) <= 0))
                && (n.YearTo != null
                    ? n.YearTo >= year
                    : !claims.Any(x => x.SubjectId == n.Id && x.Attribute == "yearTo")
                      || claims.Any(x => x.SubjectId == n.Id && x.Attribute == "yearTo" && string.Compare(x.Value, text) >= 0))));
    }

    /// <summary>The periods that include <paramref name="year"/>: an open end counts as ongoing; a period with no dates at all is left out.</summary>
    internal static IQueryable<Ownership> OwnershipsActiveIn(IQueryable<Ownership> ownerships, int? year) =>
        year is not int y
            ? ownerships
            : ownerships.Where(o => (o.FromYear != null || o.ToYear != null) && (o.FromYear == null || o.FromYear <= y) && (o.ToYear == null || o.ToYear >= y));
}
