using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Api.Facts;
using Moskvitch.Graph.Conventions;
using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

/// <summary>One link of a lineage, as the <c>lineage()</c> SQL function returns it.</summary>
public sealed record LineageLinkRow(string Direction, string Kind, int FactId, int FromId, int ToId, int Depth);

/// <summary>A model's lineage: the links found and the root.</summary>
public sealed record LineageResult(int RootId, IReadOnlyList<LineageLinkRow> Links);

public enum LineageDirection { Upstream, Downstream, Both }

public enum LineageLinkKind { Influence, Succession, Variant }

public sealed class LineageDirectionGraphType : EnumerationGraphType<LineageDirection>
{
    public LineageDirectionGraphType() => Description = "Which way to follow lineage: towards ancestors (UPSTREAM), descendants (DOWNSTREAM), or BOTH.";
}

public sealed class LineageLinkKindGraphType : EnumerationGraphType<LineageLinkKind>
{
    public LineageLinkKindGraphType() => Description = "How one model descends from another: a design INFLUENCE, a SUCCESSION (predecessor → successor), or a VARIANT of a parent model.";
}

public static class LineageQueries
{
    public const int MaxDepth = 10;

    public static void AddLineageQueries(this ObjectGraphType query) =>
        query.Field<LineageGraphType>("lineage")
            .Description("The design lineage of a model in one request: what it descends from (upstream) and what descends from it (downstream), across design influences, successions and variants, to a chosen depth — a graph of models and typed links with their sources, computed in PostgreSQL by a recursive query.")
            .Argument<IdGraphType>("id", "The model's global id.")
            .Argument<StringGraphType>("slug", "The model's slug, e.g. `moskvitch-2141`.")
            .Argument<LineageDirectionGraphType>("direction", "UPSTREAM, DOWNSTREAM or BOTH (default).")
            .Argument<IntGraphType>("depth", $"How many links to follow from the model (1–{MaxDepth}, default 3).")
            .Argument<ListGraphType<NonNullGraphType<LineageLinkKindGraphType>>>("kinds", "Only these kinds of link (default: all).")
            .ResolveAsync(async c =>
            {
                var depth = c.GetArgument("depth", 3);
                if (depth is < 1 or > MaxDepth)
                {
                    throw new ExecutionError($"`depth` must be between 1 and {MaxDepth}.") { Code = ErrorCodes.DepthOutOfRange };
                }

                var direction = c.GetArgument("direction", LineageDirection.Both);
                var kinds = (c.GetArgument<List<LineageLinkKind>?>("kinds") ?? [.. Enum.GetValues<LineageLinkKind>()])
                    .Select(k => k.ToString().ToLowerInvariant()).Distinct().ToArray();
                var root = (await RootFields.FindAsync<Model>(c, "Model"))?.Id;
                if (root is null)
                {
                    return null;
                }

                var upstream = direction != LineageDirection.Downstream;
                var downstream = direction != LineageDirection.Upstream;
                var links = await c.QueryAsync(db => db.Database
                    .SqlQuery<LineageLinkRow>($"SELECT direction, kind, fact_id, from_id, to_id, depth FROM lineage({root.Value}, {depth}, {kinds}, {upstream}, {downstream})")
                    .ToListAsync(c.CancellationToken));
                return new LineageResult(root.Value, links);
            });
}

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

/// <summary>A model reached by a lineage; the root has no direction.</summary>
public sealed record LineageNodeRow(int ModelId, LineageDirection? Direction, int Depth);

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
