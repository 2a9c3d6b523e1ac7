using Moskvitch.Graph.Facts;

namespace Moskvitch.Graph.Places;

/// <summary>A place the sources name: a country, region, city, district, site or street.</summary>
public sealed class Place : IFact
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public PlaceKind Kind { get; set; }
    public string? Country { get; set; }
    public int? ParentId { get; set; }
    public string? Description { get; set; }
    public Place? Parent { get; set; }
}
