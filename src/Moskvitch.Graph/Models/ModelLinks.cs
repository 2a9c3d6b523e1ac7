using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Organizations;
using Moskvitch.Graph.Places;

namespace Moskvitch.Graph.Models;

/// <summary>The successor of a model, as the sources state it.</summary>
public sealed class Succession : IFact
{
    public int Id { get; set; }
    public int PredecessorId { get; set; }
    public int SuccessorId { get; set; }
    public string? Note { get; set; }
    public Model Predecessor { get; set; } = null!;
    public Model Successor { get; set; } = null!;
}

/// <summary>A plant that built a model, with the years.</summary>
public sealed class ModelPlant : IFact
{
    public int Id { get; set; }
    public int ModelId { get; set; }
    public int PlantId { get; set; }
    public int? YearFrom { get; set; }
    public int? YearTo { get; set; }
    public PlantRole Role { get; set; }
    public string? Note { get; set; }
    public Model Model { get; set; } = null!;
    public Organization Plant { get; set; } = null!;
}

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

/// <summary>A model the sources compare with a rival (a comparison, not an influence).</summary>
public sealed class ModelComparison : IFact
{
    public int Id { get; set; }
    public int ModelId { get; set; }
    public int ComparedModelId { get; set; }
    public string? Aspect { get; set; }
    public string? Note { get; set; }
    public Model Model { get; set; } = null!;
    public Model ComparedModel { get; set; } = null!;
}
