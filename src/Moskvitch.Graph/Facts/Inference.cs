namespace Moskvitch.Graph.Facts;

/// <summary>
/// A mark on one attribute of one fact whose value is inferred rather than stated (general knowledge, or read from
/// what a source implies), with the reason; it cites the sentence the inference starts from.
/// </summary>
public sealed class Inference : IFact
{
    public int Id { get; set; }
    public SubjectKind SubjectKind { get; set; }
    public int SubjectId { get; set; }
    public required string Attribute { get; set; }
    public string? Value { get; set; }
    public required string Reason { get; set; }
}
