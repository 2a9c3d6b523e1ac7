using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class LineageNodeGraphType : ObjectGraphType<LineageNodeRow>
{
    public LineageNodeGraphType()
    {
        Name = "LineageNode";
        Description = "A model in a lineage.";
        Field<NonNullGraphType<ModelGraphType>>("model").Description("The model.").Resolve(c => c.LoadById<Model>(c.Source.ModelId));
        Field<LineageDirectionGraphType>("direction").Description("UPSTREAM for an ancestor, DOWNSTREAM for a descendant; null for the root.")
            .Resolve(c => c.Source.Direction);
        Field(n => n.Depth).Description("How many links from the root (0 for the root).");
    }
}
