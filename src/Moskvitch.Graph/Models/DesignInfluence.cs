using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Places;

namespace Moskvitch.Graph.Models;

/// <summary>One model drawing on another: what it took (aspect) and how (kind).</summary>
public sealed class DesignInfluence : IFact
{
    public int Id { get; set; }
    public int ModelId { get; set; }
    public int SourceModelId { get; set; }
    public InfluenceAspect Aspect { get; set; }
    public InfluenceKind Kind { get; set; }
    public int? OriginPlaceId { get; set; }
    public decimal? PartsCommonalityPercent { get; set; }
    public string? Note { get; set; }
    public Model Model { get; set; } = null!;
    public Model SourceModel { get; set; } = null!;
    public Place? OriginPlace { get; set; }
}
