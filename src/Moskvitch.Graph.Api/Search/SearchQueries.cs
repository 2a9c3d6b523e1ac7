using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Api.Search;

/// <summary><c>search(text:)</c>: ranked search across models, organizations, events, sources and the quotes that cite facts (db/migrations/0023_search_typeahead.sql, 0024_claim_values_and_quote_search.sql).</summary>
public static class SearchQueries
{
    public const int MaxHits = 50;
    public const int MaxTextLength = 256;

    public static void AddSearchQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("search")
            .Description("Ranked search across models, organizations, events and sources, for a search box. Names and codes match as typed so far (`alek` finds the Aleko), in any spelling or alphabet (Moskvich, Moskvitch, Moskwitsch, Москвич; AZLK, АЗЛК) and despite a typo, and rank first (rank 2 and more; exactly a name or code: 3 and more); then event and source titles (1 to 2); then passing mentions in descriptions, snippets, the seed documents' text and the sentences the citations quote, where the hit is the fact that quotes it (a model, an event, a figure, a design influence, a claim, …), so a phrase from the sources finds the facts that rest on it (full text, English stemming, web-search syntax: words, \"quoted phrases\", `or`, `-excluded`; below 1).")
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
