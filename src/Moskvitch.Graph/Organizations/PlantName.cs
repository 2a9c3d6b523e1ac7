using Moskvitch.Graph.Facts;

namespace Moskvitch.Graph.Organizations;

/// <summary>A name the Moscow plant bore, with the years.</summary>
public sealed class PlantName : IFact
{
    public int Id { get; set; }
    public int PlantId { get; set; }
    public required string Name { get; set; }
    public string? Abbreviation { get; set; }
    public string? NamedAfter { get; set; }
    public int? YearFrom { get; set; }
    public int? YearFromEarliest { get; set; }
    public int? YearFromLatest { get; set; }
    public int? YearTo { get; set; }
    public int? YearToEarliest { get; set; }
    public int? YearToLatest { get; set; }
    public string? Note { get; set; }
    public Organization Plant { get; set; } = null!;
}
