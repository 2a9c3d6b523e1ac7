using Moskvitch.Graph.Api.Places;
using Moskvitch.Graph.Events;
using Moskvitch.Graph.Models;
using Moskvitch.Graph.Organizations;
using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Organizations;

public sealed class OrganizationGraphType : ObjectGraphType<Organization>
{
    public OrganizationGraphType()
    {
        Name = "Organization";
        Description = "A company, plant, plant operator, state body or foreign maker.";
        this.AddGlobalId();
        Field(o => o.Slug).Description("A stable, readable key, e.g. `azlk`, `opel`.");
        Field(o => o.Name).Description("The organization's name.");
        Field(o => o.ShortName, nullable: true).Description("A short name or abbreviation.");
        Field(o => o.Kind, type: typeof(NonNullGraphType<OrganizationKindGraphType>)).Description("What kind of organization.");
        Field(o => o.Country, nullable: true).Description("Its country (English name; `Soviet Union` for Soviet bodies).");
        Field(o => o.FoundedYear, nullable: true).Description("The year it was founded or established.");
        Field(o => o.FoundedYearEarliest, nullable: true).Description("The earliest year the sources give for `foundedYear`: the value itself when undisputed, the earliest claim when disputed; null when neither. Filter and sort on it to place a disputed year at its earliest claim.");
        Field(o => o.FoundedYearLatest, nullable: true).Description("The latest year the sources give for `foundedYear`: the value itself when undisputed, the latest claim when disputed; null when neither.");
        Field(o => o.DissolvedYear, nullable: true).Description("The year it ceased to exist.");
        Field(o => o.DissolvedYearEarliest, nullable: true).Description("The earliest year the sources give for `dissolvedYear`: the value itself when undisputed, the earliest claim when disputed; null when neither. Filter and sort on it to place a disputed year at its earliest claim.");
        Field(o => o.DissolvedYearLatest, nullable: true).Description("The latest year the sources give for `dissolvedYear`: the value itself when undisputed, the latest claim when disputed; null when neither.");
        Field(o => o.Description, nullable: true).Description("A short description drawn from the sources.");
        Field<PlaceGraphType>("place").Description("Where it sits.").ResolveRelation(s => s.Place, s => s.PlaceId);
        this.AddConnection<Organization, Model>("models", "The models it made (as maker).", m => m.MakerId, [DataArguments.By((Model m) => m.YearFrom), DataArguments.By((Model m) => m.Code)]);
        this.AddConnection<Organization, ModelPlant>("modelsBuilt", "For a plant: the models built there, with the years.", p => p.PlantId, [DataArguments.By((ModelPlant p) => p.YearFrom), DataArguments.By((ModelPlant p) => p.Id)]);
        this.AddConnection<Organization, Assembly>("assemblies", "Assembly of Moskvitch models it carried out as licensee.", a => a.LicenseeId, [DataArguments.By((Assembly a) => a.YearFrom), DataArguments.By((Assembly a) => a.Id)]);
        this.AddConnection<Organization, Ownership>("owners", "Who owned, held shares in, operated or partnered it, over time.", o => o.OwnedId, [DataArguments.By((Ownership o) => o.FromYear)],
                source: RowSources.ByArgument<Ownership, int?>("activeIn", (db, year) => OrganizationQueries.OwnershipsActiveIn(db.Set<Ownership>(), year)))
            .Argument<IntGraphType>("activeIn", "Only the periods that include this year (an open end counts as ongoing; a period with no dates at all is left out).");
        this.AddConnection<Organization, Ownership>("holdings", "What it owned, held shares in, operated or partnered, over time.", o => o.OwnerId, [DataArguments.By((Ownership o) => o.FromYear)],
                source: RowSources.ByArgument<Ownership, int?>("activeIn", (db, year) => OrganizationQueries.OwnershipsActiveIn(db.Set<Ownership>(), year)))
            .Argument<IntGraphType>("activeIn", "Only the periods that include this year (an open end counts as ongoing; a period with no dates at all is left out).");
        this.AddConnection<Organization, PlantName>("names", "For the Moscow plant: the names it bore over time.", n => n.PlantId, [DataArguments.By((PlantName n) => n.YearFrom), DataArguments.By((PlantName n) => n.Id)]);
        this.AddConnection<Organization, Figure>("figures", "Figures (production, sales, money, people) for this organization.", f => f.OrganizationId, [DataArguments.By((Figure f) => f.Year), DataArguments.By((Figure f) => f.Id)]);
        this.AddConnection<Organization, Event>("events", "Events concerning this organization.", e => e.OrganizationId, [DataArguments.By((Event e) => e.Year), DataArguments.By((Event e) => e.OccurredOn), DataArguments.By((Event e) => e.Id)]);
        Field(o => o.Sales2023Lowest, nullable: true).Description("The lowest figure the sources give for its 2023 sales (a claim-only quantity: its values are `claims` on `sales2023`); null where no source gives one.");
        Field(o => o.Sales2023Highest, nullable: true).Description("The highest figure the sources give for its 2023 sales; null where no source gives one.");
        this.AddFactFields(SubjectKind.Organization, "sales2023");
    }
}
