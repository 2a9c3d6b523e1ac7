namespace Moskvitch.Graph.Api.Facts;

public sealed class CitationGraphType : ObjectGraphType<CitationRow>
{
    public CitationGraphType()
    {
        Name = "Citation";
        Description = "A source stating a fact, with the sentence it states it in.";
        Field<NonNullGraphType<SourceGraphType>>("source").Description("The source.").Resolve(c => c.Source.Source);
        Field(r => r.Quote, nullable: true).Description("The sentence (or fragments of it, joined with ' … ') quoted verbatim from the source.");
    }
}
