using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Models;
using Moskvitch.Graph.Organizations;
using Moskvitch.Graph.Places;

namespace Moskvitch.Graph.Production;

/// <summary>A figure for a year or period: production, sales, money, people…, of a model, an organization or a market.</summary>
public sealed class Figure : IFact
{
    public int Id { get; set; }
    public int? ModelId { get; set; }
    public int? OrganizationId { get; set; }
    public int? PlaceId { get; set; }
    public Metric Metric { get; set; }
    public FigureKind Kind { get; set; }
    public string? Series { get; set; }
    public int? Year { get; set; }
    public string? Period { get; set; }
    public decimal Value { get; set; }
    public Unit Unit { get; set; }
    public Qualifier? Qualifier { get; set; }
    public string? Note { get; set; }
    public Model? Model { get; set; }
    public Organization? Organization { get; set; }
    public Place? Place { get; set; }
}
