namespace Moskvitch.Graph.Facts;

/// <summary>
/// One stated value for one attribute of one fact. Where claims on the same attribute disagree, the fact's column
/// stays empty and every claim is kept with its sources.
/// </summary>
public sealed class Claim : IFact
{
    public int Id { get; set; }
    public SubjectKind SubjectKind { get; set; }
    public int SubjectId { get; set; }
    public required string Attribute { get; set; }
    public required string Value { get; set; }
    public ClaimValueType ValueType { get; set; }
    public int? ValueYear { get; set; }
    public decimal? ValueNumber { get; set; }
    public DateOnly? ValueDate { get; set; }
    public ClaimBound? Bound { get; set; }
    public string? Note { get; set; }
}
