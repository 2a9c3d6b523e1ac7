namespace Moskvitch.Graph.Facts;

/// <summary>
/// One citation of a fact: the fact's id, the source that states it and the quoted sentence.
/// Closed over each fact type (<c>Citation&lt;Model&gt;</c> maps <c>model_source</c>, …).
/// </summary>
public sealed class Citation<TFact>
    where TFact : class, IFact
{
    public int FactId { get; set; }
    public int SourceId { get; set; }
    public string? Quote { get; set; }
    public Source Source { get; set; } = null!;
}
