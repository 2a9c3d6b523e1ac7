using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Models;
using Moskvitch.Graph.Places;

namespace Moskvitch.Graph.Production;

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
    public int? YearToEarliest { get; set; }
    public int? YearToLatest { get; set; }
    public long? Units { get; set; }
    public Qualifier? UnitsQualifier { get; set; }
    public decimal? SharePercent { get; set; }
    public decimal? SharePercentLowest { get; set; }
    public decimal? SharePercentHighest { get; set; }
    public string? Note { get; set; }
    public Model? Model { get; set; }
    public Place? DestinationPlace { get; set; }
}
