namespace Moskvitch.Graph.Models;

/// <summary>A car model: a Moskvitch model, variant, prototype or planned model, or a foreign model it drew on.</summary>
public sealed class Model
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int? YearFrom { get; set; }
    public int? YearTo { get; set; }
}
