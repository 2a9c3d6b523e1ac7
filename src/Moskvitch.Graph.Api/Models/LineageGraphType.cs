using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class LineageGraphType : ObjectGraphType<LineageResult>
{
    public LineageGraphType()
    {
        Name = "Lineage";
        Description = "A model's design lineage: the models reached and the links between them.";
        Field<NonNullGraphType<ModelGraphType>>("root").Description("The model whose lineage this is.")
            .Resolve(c => c.LoadById<Model>(c.Source.RootId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LineageNodeGraphType>>>>("nodes")
            .Description("Every model reached (the root first, at depth 0), with its direction and smallest depth.")
            .Resolve(c => Nodes(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LineageLinkGraphType>>>>("links")
            .Description("Every link followed, from the ancestor to the descendant.")
            .Resolve(c => c.Source.Links);
    }

    /// <summary>The direction as the <c>lineage()</c> SQL function writes it (<c>upstream</c>, <c>downstream</c>).</summary>
    public static LineageDirection DirectionOf(string direction) => direction switch
    {
        "upstream" => LineageDirection.Upstream,
        "downstream" => LineageDirection.Downstream,
        _ => throw new InvalidOperationException($"lineage() returned the direction '{direction}'."),
    };

    private static List<LineageNodeRow> Nodes(LineageResult lineage)
    {
        var nodes = new List<LineageNodeRow> { new(lineage.RootId, null, 0) };
        var seen = new HashSet<int> { lineage.RootId };
        foreach (var link in lineage.Links.OrderBy(l => l.Depth))
        {
            var direction = DirectionOf(link.Direction);
            var reached = direction == LineageDirection.Upstream ? link.FromId : link.ToId;
            if (seen.Add(reached))
            {
                nodes.Add(new LineageNodeRow(reached, direction, link.Depth));
            }
        }

        return nodes;
    }
}
