namespace Moskvitch.Graph.Facts;

/// <summary>A source: a seed document, a numbered reference of one, or the project's design card.</summary>
public sealed class Source : IEntity
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public SourceKind Kind { get; set; }
    public int? Number { get; set; }
    public required string Title { get; set; }
    public string? Publisher { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? Url { get; set; }
    public string? Snippet { get; set; }
    public string? Body { get; set; }
    public int? DocumentId { get; set; }
    public string? Note { get; set; }
    public Source? Document { get; set; }
}
