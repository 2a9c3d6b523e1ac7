namespace Moskvitch.Graph.Api.Models;

public sealed class LineageLinkKindGraphType : EnumerationGraphType<LineageLinkKind>
{
    public LineageLinkKindGraphType() => Description = "How one model descends from another: a design INFLUENCE, a SUCCESSION (predecessor → successor), or a VARIANT of a parent model.";
}
