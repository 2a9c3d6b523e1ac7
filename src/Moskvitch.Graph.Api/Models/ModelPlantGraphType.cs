using Moskvitch.Graph.Api.Organizations;
using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class ModelPlantGraphType : ObjectGraphType<ModelPlant>
{
    public ModelPlantGraphType()
    {
        Name = "ModelPlant";
        Description = "A plant building a model, with the years.";
        this.AddGlobalId();
        Field<NonNullGraphType<ModelGraphType>>("model").Description("The model.").ResolveRelation(s => s.Model, s => s.ModelId);
        Field<NonNullGraphType<OrganizationGraphType>>("plant").Description("The plant.").ResolveRelation(s => s.Plant, s => s.PlantId);
        Field(p => p.YearFrom, nullable: true).Description("First year of production there.");
        Field(p => p.YearTo, nullable: true).Description("Last year of production there.");
        Field(p => p.YearToEarliest, nullable: true).Description("The earliest year the sources give for `yearTo`: the value itself when undisputed, the earliest claim when disputed; null when neither. Filter and sort on it to place a disputed year at its earliest claim.");
        Field(p => p.YearToLatest, nullable: true).Description("The latest year the sources give for `yearTo`: the value itself when undisputed, the latest claim when disputed; null when neither.");
        Field(p => p.Role, type: typeof(NonNullGraphType<PlantRoleGraphType>)).Description("The plant's part: main, licensed or parallel.");
        Field(p => p.Note, nullable: true).Description("A note from the sources.");
        this.AddFactFields(SubjectKind.ModelPlant);
    }
}
