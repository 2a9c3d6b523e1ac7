using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Api.Organizations;

public sealed class PlantNameGraphType : ObjectGraphType<PlantName>
{
    public PlantNameGraphType()
    {
        Name = "PlantName";
        Description = "A name the Moscow plant bore, with the years.";
        this.AddGlobalId();
        Field<NonNullGraphType<OrganizationGraphType>>("plant").Description("The plant.").Resolve(c => c.LoadById(c.Source.Plant, c.Source.PlantId));
        Field(n => n.Name).Description("The name.");
        Field(n => n.Abbreviation, nullable: true).Description("Its abbreviation, e.g. `MZMA`, `AZLK`.");
        Field(n => n.NamedAfter, nullable: true).Description("Whom or what the name honours.");
        Field(n => n.YearFrom, nullable: true).Description("The year the name was taken; null where the sources give none or disagree.");
        Field(n => n.YearTo, nullable: true).Description("The last year of the name.");
        Field(n => n.Note, nullable: true).Description("A note from the sources.");
        this.AddFactFields(SubjectKind.PlantName);
    }
}
