namespace Moskvitch.Graph.Api.Search;

public sealed class SearchHitGraphType : ObjectGraphType<SearchHitRow>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "A search hit: the object found and how well it matches.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The model, organization, event or source found, or the fact (of any type) whose citation quotes the text.")
            .Resolve(c => NodeQueries.Load(c, c.Source.Kind, c.Source.Id));
        Field(h => h.Rank).Description("PostgreSQL's ts_rank of the hit: higher is better.");
    }
}
