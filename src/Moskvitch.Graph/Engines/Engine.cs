using Moskvitch.Graph.Facts;

namespace Moskvitch.Graph.Engines;

/// <summary>An engine (or electric motor) fitted to one or more models.</summary>
public sealed class Engine : IFact
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Designation { get; set; }

    /// <summary>The engine's name: its designation, a column PostgreSQL derives from it (read only).</summary>
    public string Name { get; set; } = "";
    public int? DisplacementCc { get; set; }
    public int? DisplacementCcLowest { get; set; }
    public int? DisplacementCcHighest { get; set; }
    public int? Cylinders { get; set; }
    public string? CylinderLayout { get; set; }
    public string? Valvetrain { get; set; }
    public decimal? PowerHp { get; set; }
    public decimal? PowerHpLowest { get; set; }
    public decimal? PowerHpHighest { get; set; }
    public decimal? PowerHpMax { get; set; }
    public decimal? PowerKw { get; set; }
    public Fuel? Fuel { get; set; }
    public Aspiration? Aspiration { get; set; }
    public string? FuelSystem { get; set; }
    public decimal? CompressionRatio { get; set; }
    public string? Note { get; set; }
}
