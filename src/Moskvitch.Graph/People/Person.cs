using Moskvitch.Graph.Facts;

namespace Moskvitch.Graph.People;

/// <summary>A person the sources name.</summary>
public sealed class Person : IFact
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
}
