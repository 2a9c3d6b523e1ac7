using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class SuccessionGraphType : ObjectGraphType<Succession>
{
    public SuccessionGraphType()
    {
        Name = "Succession";
        Description = "One model succeeding another, as the sources state it, or one series or generation following another (linking the models that head them).";
        this.AddGlobalId();
        Field<NonNullGraphType<ModelGraphType>>("predecessor").Description("The earlier model.").ResolveRelation(s => s.Predecessor, s => s.PredecessorId);
        Field<NonNullGraphType<ModelGraphType>>("successor").Description("The model that succeeded it.").ResolveRelation(s => s.Successor, s => s.SuccessorId);
        Field(s => s.Level, type: typeof(NonNullGraphType<SuccessionLevelGraphType>)).Description("Whether one model, series or generation succeeded another.");
        Field(s => s.Note, nullable: true).Description("How the sources describe the succession.");
        this.AddFactFields(claimKind: null);
    }
}
