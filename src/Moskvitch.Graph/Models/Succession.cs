using Moskvitch.Graph.Facts;

namespace Moskvitch.Graph.Models;

/// <summary>The successor of a model, as the sources state it.</summary>
public sealed class Succession : IFact
{
    public int Id { get; set; }
    public int PredecessorId { get; set; }
    public int SuccessorId { get; set; }
    public SuccessionLevel Level { get; set; } = SuccessionLevel.Model;
    public string? Note { get; set; }
    public Model Predecessor { get; set; } = null!;
    public Model Successor { get; set; } = null!;
}
