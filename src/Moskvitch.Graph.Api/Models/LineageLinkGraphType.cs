using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class LineageLinkGraphType : ObjectGraphType<LineageLinkRow>
{
    public LineageLinkGraphType()
    {
        Name = "LineageLink";
        Description = "A link in a lineage, from the ancestor (`from`) to the descendant (`to`), with the fact behind it and its sources.";
        Field<NonNullGraphType<LineageLinkKindGraphType>>("kind").Description("INFLUENCE, SUCCESSION or VARIANT.")
            .Resolve(c => Enum.Parse<LineageLinkKind>(c.Source.Kind, ignoreCase: true));
        Field<NonNullGraphType<LineageDirectionGraphType>>("direction").Description("UPSTREAM or DOWNSTREAM from the root.")
            .Resolve(c => LineageGraphType.DirectionOf(c.Source.Direction));
        Field(l => l.Depth).Description("How many links from the root this link is reached at.");
        Field<NonNullGraphType<ModelGraphType>>("from").Description("The ancestor: the source design, the predecessor, or the parent model.")
            .Resolve(c => c.LoadById<Model>(c.Source.FromId));
        Field<NonNullGraphType<ModelGraphType>>("to").Description("The descendant: the influenced model, the successor, or the variant.")
            .Resolve(c => c.LoadById<Model>(c.Source.ToId));
        Field<DesignInfluenceGraphType>("influence").Description("For an INFLUENCE link: the design influence (aspect, kind, note).")
            .Resolve(c => c.LoadById<DesignInfluence>(c.Source.Kind == "influence" ? c.Source.FactId : null));
        Field<SuccessionGraphType>("succession").Description("For a SUCCESSION link: the succession.")
            .Resolve(c => c.LoadById<Succession>(c.Source.Kind == "succession" ? c.Source.FactId : null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("sources")
            .Description("The sources that state the link (for a VARIANT link, the sources of the variant).")
            .Resolve(c => c.Source.Kind switch
            {
                "influence" => FactFields.SourcesOf<DesignInfluence>(c, c.Source.FactId),
                "succession" => FactFields.SourcesOf<Succession>(c, c.Source.FactId),
                _ => FactFields.SourcesOf<Model>(c, c.Source.FactId),
            });
    }
}
