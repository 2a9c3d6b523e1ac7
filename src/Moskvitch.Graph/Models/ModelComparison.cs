using Moskvitch.Graph.Facts;

namespace Moskvitch.Graph.Models;

/// <summary>A model the sources compare with a rival (a comparison, not an influence).</summary>
public sealed class ModelComparison : IFact
{
    public int Id { get; set; }
    public int ModelId { get; set; }
    public int ComparedModelId { get; set; }
    public string? Aspect { get; set; }
    public string? Note { get; set; }
    public Model Model { get; set; } = null!;
    public Model ComparedModel { get; set; } = null!;
}
