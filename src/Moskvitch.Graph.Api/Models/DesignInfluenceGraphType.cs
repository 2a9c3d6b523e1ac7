using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class DesignInfluenceGraphType : ObjectGraphType<DesignInfluence>
{
    public DesignInfluenceGraphType()
    {
        Name = "DesignInfluence";
        Description = "A model drawing on another design: what it took (aspect) and how (kind).";
        this.AddGlobalId();
        Field<NonNullGraphType<ModelGraphType>>("model").Description("The influenced model.").ResolveRelation(s => s.Model, s => s.ModelId);
        Field<NonNullGraphType<ModelGraphType>>("sourceModel").Description("The model it drew on.").ResolveRelation(s => s.SourceModel, s => s.SourceModelId);
        Field(d => d.Aspect, type: typeof(NonNullGraphType<InfluenceAspectGraphType>)).Description("What part of the design.");
        Field(d => d.Kind, type: typeof(NonNullGraphType<InfluenceKindGraphType>)).Description("How it drew on it.");
        Field<Places.PlaceGraphType>("originPlace").Description("Where the tooling or designs came from.")
            .Resolve(c => c.LoadById<Graph.Places.Place>(c.Source.OriginPlaceId));
        Field(d => d.PartsCommonalityPercent, nullable: true).Description("Share of parts in common with the source model, in percent.");
        Field(d => d.Note, nullable: true).Description("How the sources describe the influence.");
        this.AddFactFields(SubjectKind.DesignInfluence);
    }
}
