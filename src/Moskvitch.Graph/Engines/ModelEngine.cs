using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Engines;

/// <summary>An engine fitted to a model, with the years.</summary>
public sealed class ModelEngine : IFact
{
    public int Id { get; set; }
    public int ModelId { get; set; }
    public int EngineId { get; set; }
    public int? YearFrom { get; set; }
    public int? YearTo { get; set; }
    public string? Transmission { get; set; }
    public string? Note { get; set; }
    public Model Model { get; set; } = null!;
    public Engine Engine { get; set; } = null!;
}
