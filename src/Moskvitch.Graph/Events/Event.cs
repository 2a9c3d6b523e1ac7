using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Models;
using Moskvitch.Graph.Organizations;
using Moskvitch.Graph.Places;

namespace Moskvitch.Graph.Events;

/// <summary>Something that happened: a founding, a renaming, a first or millionth car, a bankruptcy, a relaunch…</summary>
public sealed class Event : IFact
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public EventKind Kind { get; set; }
    public DateOnly? OccurredOn { get; set; }
    public DatePrecision DatePrecision { get; set; }
    public int Year { get; set; }
    public int? JobsPreservedLowest { get; set; }
    public int? JobsPreservedHighest { get; set; }
    public string? Description { get; set; }
    public int? ModelId { get; set; }
    public int? OrganizationId { get; set; }
    public int? PlaceId { get; set; }
    public Model? Model { get; set; }
    public Organization? Organization { get; set; }
    public Place? Place { get; set; }
}
