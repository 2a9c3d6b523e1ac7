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
