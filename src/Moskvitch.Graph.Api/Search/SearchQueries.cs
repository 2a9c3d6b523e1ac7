using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Api.Search;

/// <summary><c>search(text:)</c>: ranked full-text search across models, organizations, events and sources.</summary>
public static class SearchQueries
{
    public const int MaxHits = 50;
    public const int MaxTextLength = 256;

    public static void AddSearchQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("search")
            .Description("Ranked full-text search (PostgreSQL, English stemming) across models, organizations, events and sources. Accepts web-search syntax: words, \"quoted phrases\", `or`, `-excluded`.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for.")
            .Argument<IntGraphType>("first", $"How many hits (1–{MaxHits}, default 10).")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("text");
                var first = c.GetArgument("first", 10);
                if (first is < 1 or > MaxHits)
                {
                    throw new ExecutionError($"`first` must be between 1 and {MaxHits}.") { Code = ErrorCodes.PageSizeOutOfRange };
                }

                if (text.Length > MaxTextLength || text.Contains('\0', StringComparison.Ordinal))
                {
                    throw new ExecutionError($"`text` must be at most {MaxTextLength} characters, without NUL.") { Code = ErrorCodes.BadUserInput };
                }

                return await c.QueryAsync(db => c.RequestServices!.GetRequiredService<SnapshotCache>().GetOrComputeAsync(db,
                    $"search:{first}:{text}",
                    () => db.Database.SqlQuery<SearchHitRow>($"SELECT kind, id, rank FROM search_graph({text}, {first})").ToArrayAsync(c.CancellationToken),
                    c.CancellationToken));
            });
}
