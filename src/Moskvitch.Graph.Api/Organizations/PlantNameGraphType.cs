using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Api.Organizations;

public sealed class PlantNameGraphType : ObjectGraphType<PlantName>
{
    public PlantNameGraphType()
    {
        Name = "PlantName";
        Description = "A name the Moscow plant bore, with the years.";
        this.AddGlobalId();
        Field<NonNullGraphType<OrganizationGraphType>>("plant").Description("The plant.").ResolveRelation(s => s.Plant, s => s.PlantId);
        Field(n => n.Name).Description("The name.");
        Field(n => n.Abbreviation, nullable: true).Description("Its abbreviation, e.g. `MZMA`, `AZLK`.");
        Field(n => n.NamedAfter, nullable: true).Description("Whom or what the name honours.");
        Field(n => n.YearFrom, nullable: true).Description("The year the name was taken; null where the sources give none or disagree.");
        Field(n => n.YearFromEarliest, nullable: true).Description("The earliest year the sources give for `yearFrom`: the value itself when undisputed, the earliest claim when disputed; null when neither. Filter and sort on it to place a disputed year at its earliest claim.");
        Field(n => n.YearFromLatest, nullable: true).Description("The latest year the sources give for `yearFrom`: the value itself when undisputed, the latest claim when disputed; null when neither.");
        Field(n => n.YearTo, nullable: true).Description("The last year of the name.");
        Field(n => n.YearToEarliest, nullable: true).Description("The earliest year the sources give for `yearTo`: the value itself when undisputed, the earliest claim when disputed; null when neither. Filter and sort on it to place a disputed year at its earliest claim.");
        Field(n => n.YearToLatest, nullable: true).Description("The latest year the sources give for `yearTo`: the value itself when undisputed, the latest claim when disputed; null when neither.");
        Field(n => n.Note, nullable: true).Description("A note from the sources.");
        this.AddFactFields(SubjectKind.PlantName);
    }
}
