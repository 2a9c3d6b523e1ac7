using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Places;

namespace Moskvitch.Graph.Organizations;

/// <summary>A company, plant, plant operator, state body or foreign maker.</summary>
public sealed class Organization : IFact
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public OrganizationKind Kind { get; set; }
    public string? Country { get; set; }
    public int? FoundedYear { get; set; }
    public int? FoundedYearEarliest { get; set; }
    public int? FoundedYearLatest { get; set; }
    public int? DissolvedYear { get; set; }
    public int? DissolvedYearEarliest { get; set; }
    public int? DissolvedYearLatest { get; set; }
    public int? PlaceId { get; set; }
    public long? Sales2023Lowest { get; set; }
    public long? Sales2023Highest { get; set; }
    public string? Description { get; set; }
    public Place? Place { get; set; }
}
