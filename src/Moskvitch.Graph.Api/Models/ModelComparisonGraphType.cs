using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class ModelComparisonGraphType : ObjectGraphType<ModelComparison>
{
    public ModelComparisonGraphType()
    {
        Name = "ModelComparison";
        Description = "A rival the sources compare a model with (a comparison, not an influence).";
        this.AddGlobalId();
        Field<NonNullGraphType<ModelGraphType>>("model").Description("The model.").ResolveRelation(s => s.Model, s => s.ModelId);
        Field<NonNullGraphType<ModelGraphType>>("comparedModel").Description("The rival.").ResolveRelation(s => s.ComparedModel, s => s.ComparedModelId);
        Field(d => d.Aspect, nullable: true).Description("What is compared.");
        Field(d => d.Note, nullable: true).Description("How the sources compare them.");
        this.AddFactFields(claimKind: null);
    }
}
