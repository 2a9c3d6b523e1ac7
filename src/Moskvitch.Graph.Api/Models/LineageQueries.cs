using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

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
