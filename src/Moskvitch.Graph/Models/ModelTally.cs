namespace Moskvitch.Graph.Models;

/// <summary>
/// How many models have one combination of start year, brand side, status and body type (<c>model_tally</c>, kept by
/// triggers in the writing transaction). A count of models whose filter reads only these columns sums these rows.
/// </summary>
public sealed class ModelTally
{
    public int? YearFrom { get; set; }
    public bool IsMoskvitch { get; set; }
    public ModelStatus Status { get; set; }
    public BodyType? BodyType { get; set; }
    public long Models { get; set; }
}
