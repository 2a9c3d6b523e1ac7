using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Models;
using Moskvitch.Graph.Organizations;
using Moskvitch.Graph.Places;

namespace Moskvitch.Graph.Production;

/// <summary>Licensed, kit or foreign assembly of a model outside its home plant: who, where, when, which kits, which brand.</summary>
public sealed class Assembly : IFact
{
    public int Id { get; set; }
    public int ModelId { get; set; }
    public int LicenseeId { get; set; }
    public int? KitSupplierId { get; set; }
    public string? Site { get; set; }
    public int? PlaceId { get; set; }
    public string? Country { get; set; }
    public int? YearFrom { get; set; }
    public int? YearTo { get; set; }
    public string? Period { get; set; }
    public Kit? Kit { get; set; }
    public string? LocalBrand { get; set; }
    public string? LocalChanges { get; set; }
    public long? Units { get; set; }
    public Qualifier? UnitsQualifier { get; set; }
    public string? VolumeNote { get; set; }
    public string? Note { get; set; }
    public Model Model { get; set; } = null!;
    public Organization Licensee { get; set; } = null!;
    public Organization? KitSupplier { get; set; }
    public Place? Place { get; set; }
}

/// <summary>A figure for a year or period: production, sales, money, people…, of a model, an organization or a market.</summary>
public sealed class Figure : IFact
{
    public int Id { get; set; }
    public int? ModelId { get; set; }
    public int? OrganizationId { get; set; }
    public int? PlaceId { get; set; }
    public Metric Metric { get; set; }
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

/// <summary>Exports of a model (or of the plant in general) to a destination over a period.</summary>
public sealed class Export : IFact
{
    public int Id { get; set; }
    public int? ModelId { get; set; }
    public required string Destination { get; set; }
    public int? DestinationPlaceId { get; set; }
    public string? MarketName { get; set; }
    public ExportStatus Status { get; set; }
    public int? YearFrom { get; set; }
    public int? YearTo { get; set; }
    public long? Units { get; set; }
    public Qualifier? UnitsQualifier { get; set; }
    public decimal? SharePercent { get; set; }
    public string? Note { get; set; }
    public Model? Model { get; set; }
    public Place? DestinationPlace { get; set; }
}
