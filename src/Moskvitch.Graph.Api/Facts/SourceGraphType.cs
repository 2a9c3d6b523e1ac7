namespace Moskvitch.Graph.Api.Facts;

public sealed class SourceGraphType : ObjectGraphType<Source>
{
    public SourceGraphType()
    {
        Name = "Source";
        Description = "A source of facts: one of the two seed documents, a numbered reference of the long one, or the project's design card.";
        this.AddGlobalId();
        Field(s => s.Slug).Description("A stable key: `seed-short`, `seed-long`, `design-card`, `ref-1` … `ref-120`.");
        Field(s => s.Kind, type: typeof(NonNullGraphType<SourceKindGraphType>)).Description("What the source is.");
        Field(s => s.Number, nullable: true).Description("The reference number in its seed document (references only).");
        Field(s => s.Title).Description("The title as the seed gives it.");
        Field(s => s.Publisher, nullable: true).Description("The publisher or site, where the seed names it.");
        Field(s => s.PublishedOn, nullable: true).Description("The publication date, where the seed gives one.");
        Field(s => s.Url, nullable: true).Description("The URL, where the seed gives one.");
        Field(s => s.Snippet, nullable: true).Description("The reference's snippet, verbatim.");
        Field(s => s.Note, nullable: true).Description("A curator's note on the source.");
        Field<SourceGraphType>("document").Description("For a reference: the seed document it belongs to.")
            .ResolveRelation(s => s.Document, s => s.DocumentId);
    }
}
