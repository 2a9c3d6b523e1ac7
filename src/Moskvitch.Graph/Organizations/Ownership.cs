using Moskvitch.Graph.Facts;

namespace Moskvitch.Graph.Organizations;

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
