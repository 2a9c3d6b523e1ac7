using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Models;

/// <summary>A plant that built a model, with the years.</summary>
public sealed class ModelPlant : IFact
{
    public int Id { get; set; }
    public int ModelId { get; set; }
    public int PlantId { get; set; }
    public int? YearFrom { get; set; }
    public int? YearTo { get; set; }
    public int? YearToEarliest { get; set; }
    public int? YearToLatest { get; set; }
    public PlantRole Role { get; set; }
    public string? Note { get; set; }
    public Model Model { get; set; } = null!;
    public Organization Plant { get; set; } = null!;
}
