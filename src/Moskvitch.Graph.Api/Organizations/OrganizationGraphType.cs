using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Moskvitch.Graph.Api.Events;
using Moskvitch.Graph.Api.Facts;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Api.Models;
using Moskvitch.Graph.Api.Places;
using Moskvitch.Graph.Api.Production;
using Moskvitch.Graph.Events;
using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Models;
using Moskvitch.Graph.Organizations;
using Moskvitch.Graph.Places;
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
        Field(o => o.DissolvedYear, nullable: true).Description("The year it ceased to exist.");
        Field(o => o.Description, nullable: true).Description("A short description drawn from the sources.");
        Field<PlaceGraphType>("place").Description("Where it sits.").Resolve(c => c.LoadById<Place>(c.Source.PlaceId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelGraphType>>>>("models").Description("The models it made (as maker).")
            .Resolve(c => c.LoadMany<Model>("makerModels", m => m.MakerId, c.Source.Id, q => q.OrderBy(m => m.YearFrom).ThenBy(m => m.Code)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelPlantGraphType>>>>("modelsBuilt").Description("For a plant: the models built there, with the years.")
            .Resolve(c => c.LoadMany<ModelPlant>("plantModels", p => p.PlantId, c.Source.Id, q => q.OrderBy(p => p.YearFrom).ThenBy(p => p.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssemblyGraphType>>>>("assemblies").Description("Assembly of Moskvitch models it carried out as licensee.")
            .Resolve(c => c.LoadMany<Assembly>("licenseeAssemblies", a => a.LicenseeId, c.Source.Id, q => q.OrderBy(a => a.YearFrom).ThenBy(a => a.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OwnershipGraphType>>>>("owners").Description("Who owned, held shares in, operated or partnered it, over time.")
            .Argument<IntGraphType>("activeIn", "Only the periods that include this year (an open end counts as ongoing; a period with no dates at all is left out).")
            .Resolve(c => OwnershipGraphType.ActiveIn(c, c.LoadMany<Ownership>("owners", o => o.OwnedId, c.Source.Id, q => q.OrderBy(o => o.FromYear).ThenBy(o => o.Id))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OwnershipGraphType>>>>("holdings").Description("What it owned, held shares in, operated or partnered, over time.")
            .Argument<IntGraphType>("activeIn", "Only the periods that include this year (an open end counts as ongoing; a period with no dates at all is left out).")
            .Resolve(c => OwnershipGraphType.ActiveIn(c, c.LoadMany<Ownership>("holdings", o => o.OwnerId, c.Source.Id, q => q.OrderBy(o => o.FromYear).ThenBy(o => o.Id))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlantNameGraphType>>>>("names").Description("For the Moscow plant: the names it bore over time.")
            .Resolve(c => c.LoadMany<PlantName>("plantNames", n => n.PlantId, c.Source.Id, q => q.OrderBy(n => n.YearFrom).ThenBy(n => n.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureGraphType>>>>("figures").Description("Figures (production, sales, money, people) for this organization.")
            .Resolve(c => c.LoadMany<Figure>("organizationFigures", f => f.OrganizationId, c.Source.Id, q => q.OrderBy(f => f.Year).ThenBy(f => f.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventGraphType>>>>("events").Description("Events concerning this organization.")
            .Resolve(c => c.LoadMany<Event>("organizationEvents", e => e.OrganizationId, c.Source.Id, q => q.OrderBy(e => e.Year).ThenBy(e => e.OccurredOn).ThenBy(e => e.Id)));
        this.AddFactFields(SubjectKind.Organization);
    }
}

public sealed class PlantNameGraphType : ObjectGraphType<PlantName>
{
    public PlantNameGraphType()
    {
        Name = "PlantName";
        Description = "A name the Moscow plant bore, with the years.";
        this.AddGlobalId();
        Field<NonNullGraphType<OrganizationGraphType>>("plant").Description("The plant.").Resolve(c => c.LoadById<Organization>(c.Source.PlantId));
        Field(n => n.Name).Description("The name.");
        Field(n => n.Abbreviation, nullable: true).Description("Its abbreviation, e.g. `MZMA`, `AZLK`.");
        Field(n => n.NamedAfter, nullable: true).Description("Whom or what the name honours.");
        Field(n => n.YearFrom, nullable: true).Description("The year the name was taken; null where the sources give none or disagree.");
        Field(n => n.YearTo, nullable: true).Description("The last year of the name.");
        Field(n => n.Note, nullable: true).Description("A note from the sources.");
        this.AddFactFields(SubjectKind.PlantName);
    }
}

public sealed class OwnershipGraphType : ObjectGraphType<Ownership>
{
    public OwnershipGraphType()
    {
        Name = "Ownership";
        Description = "An owner, shareholder, operator or partner of an organization over a period, and how it began and ended.";
        this.AddGlobalId();
        Field<NonNullGraphType<OrganizationGraphType>>("owner").Description("The owner, shareholder, operator or partner.").Resolve(c => c.LoadById<Organization>(c.Source.OwnerId));
        Field<NonNullGraphType<OrganizationGraphType>>("owned").Description("What it owned or operated.").Resolve(c => c.LoadById<Organization>(c.Source.OwnedId));
        Field(o => o.Role, type: typeof(NonNullGraphType<OwnershipRoleGraphType>)).Description("Owner, operator, shareholder or partner.");
        Field(o => o.StakePercent, nullable: true).Description("The stake in percent.");
        Field(o => o.FromYear, nullable: true).Description("The year it began.");
        Field(o => o.FromDate, nullable: true).Description("The day it began, where the sources give it.");
        Field(o => o.ToYear, nullable: true).Description("The year it ended; null while it lasts or where the sources do not say.");
        Field(o => o.ToDate, nullable: true).Description("The day it ended, where the sources give it.");
        Field(o => o.BeganHow, type: typeof(OwnershipStartGraphType)).Description("How it began.");
        Field(o => o.EndedHow, type: typeof(OwnershipEndGraphType)).Description("How it ended.");
        Field(o => o.PriceRub, nullable: true).Description("The price paid, in roubles, where stated (e.g. one rouble).");
        Field(o => o.Note, nullable: true).Description("A note from the sources.");
        this.AddFactFields(SubjectKind.Ownership);
    }

    /// <summary>Keeps the periods that include the <c>activeIn</c> year (all when absent).</summary>
    internal static object ActiveIn(IResolveFieldContext context, IDataLoaderResult<IReadOnlyList<Ownership>> rows)
    {
        var year = context.GetArgument<int?>("activeIn");
        return year is not int y
            ? rows
            : new Loaders.Mapped<IReadOnlyList<Ownership>, IReadOnlyList<Ownership>>(rows,
                list => [.. list.Where(o => (o.FromYear is not null || o.ToYear is not null) && (o.FromYear ?? int.MinValue) <= y && (o.ToYear ?? int.MaxValue) >= y)]);
    }
}
