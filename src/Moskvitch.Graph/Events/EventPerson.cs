using Moskvitch.Graph.Facts;
using Moskvitch.Graph.People;

namespace Moskvitch.Graph.Events;

/// <summary>A person's part in an event.</summary>
public sealed class EventPerson : IFact
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int PersonId { get; set; }
    public string? Role { get; set; }
    public Event Event { get; set; } = null!;
    public Person Person { get; set; } = null!;
}
