namespace Moskvitch.Graph.Api.Models;

public sealed class LineageDirectionGraphType : EnumerationGraphType<LineageDirection>
{
    public LineageDirectionGraphType() => Description = "Which way to follow lineage: towards ancestors (UPSTREAM), descendants (DOWNSTREAM), or BOTH.";
}
