using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Models;

/// <summary>A car model: a Moskvitch model, variant, prototype or planned model, or a foreign model it drew on.</summary>
public sealed class Model : IFact
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Designation { get; set; }
    public List<string> Aliases { get; set; } = [];
    public int? YearFrom { get; set; }
    public int? YearFromEarliest { get; set; }
    public int? YearFromLatest { get; set; }
    public int? YearTo { get; set; }
    public int? YearToEarliest { get; set; }
    public int? YearToLatest { get; set; }
    public string? Generation { get; set; }
    public string? Series { get; set; }
    public BodyType? BodyType { get; set; }
    public Layout? Layout { get; set; }
    public ModelStatus Status { get; set; } = ModelStatus.Produced;
    public long? UnitsBuilt { get; set; }
    public long? UnitsBuiltLowest { get; set; }
    public long? UnitsBuiltHighest { get; set; }
    public Qualifier? UnitsBuiltQualifier { get; set; }
    public long? UnitsExported { get; set; }
    public int? TopSpeedKmh { get; set; }
    public int? PayloadKg { get; set; }
    public decimal? FuelConsumptionMinL100km { get; set; }
    public decimal? FuelConsumptionMaxL100km { get; set; }
    public int? PlannedStartYear { get; set; }
    public int? InProductionAsOf { get; set; }
    public int? ParentModelId { get; set; }
    public int? MakerId { get; set; }
    public string? Brand { get; set; }
    public bool IsMoskvitch { get; set; } = true;
    public string? Description { get; set; }

    public Model? ParentModel { get; set; }
    public Organization? Maker { get; set; }
    public List<Model> Variants { get; set; } = [];
}
