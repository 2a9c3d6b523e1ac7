using Moskvitch.Graph.Api.Models;
using Moskvitch.Graph.Engines;

namespace Moskvitch.Graph.Api.Engines;

public sealed class ModelEngineGraphType : ObjectGraphType<ModelEngine>
{
    public ModelEngineGraphType()
    {
        Name = "ModelEngine";
        Description = "An engine fitted to a model, with the years.";
        this.AddGlobalId();
        Field<NonNullGraphType<ModelGraphType>>("model").Description("The model.").ResolveRelation(s => s.Model, s => s.ModelId);
        Field<NonNullGraphType<EngineGraphType>>("engine").Description("The engine.").ResolveRelation(s => s.Engine, s => s.EngineId);
        Field(e => e.YearFrom, nullable: true).Description("First year the engine was fitted.");
        Field(e => e.YearTo, nullable: true).Description("Last year the engine was fitted.");
        Field(e => e.Transmission, nullable: true).Description("The gearbox it was paired with, as stated.");
        Field(e => e.Note, nullable: true).Description("A note from the sources.");
        this.AddFactFields(SubjectKind.ModelEngine);
    }
}
