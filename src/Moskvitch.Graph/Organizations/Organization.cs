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
    public int? DissolvedYear { get; set; }
    public int? PlaceId { get; set; }
    public string? Description { get; set; }
    public Place? Place { get; set; }
}

/// <summary>A name the Moscow plant bore, with the years.</summary>
public sealed class PlantName : IFact
{
    public int Id { get; set; }
    public int PlantId { get; set; }
    public required string Name { get; set; }
    public string? Abbreviation { get; set; }
    public string? NamedAfter { get; set; }
    public int? YearFrom { get; set; }
    public int? YearTo { get; set; }
    public string? Note { get; set; }
    public Organization Plant { get; set; } = null!;
}

/// <summary>An owner, shareholder, operator or partner of an organization over a period, and how it began and ended.</summary>
public sealed class Ownership : IFact
{
    public int Id { get; set; }
    public int OwnerId { get; set; }
    public int OwnedId { get; set; }
    public OwnershipRole Role { get; set; }
    public decimal? StakePercent { get; set; }
    public int? FromYear { get; set; }
    public DateOnly? FromDate { get; set; }
    public int? ToYear { get; set; }
    public DateOnly? ToDate { get; set; }
    public OwnershipStart? BeganHow { get; set; }
    public OwnershipEnd? EndedHow { get; set; }
    public decimal? PriceRub { get; set; }
    public string? Note { get; set; }
    public Organization Owner { get; set; } = null!;
    public Organization Owned { get; set; } = null!;
}
