using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Facts;

/// <summary>
/// A negative statement about one fact: something the sources say did not happen, was not exercised, was not
/// confirmed, or of which no evidence exists (Wikidata's "no value"), with the organization it names, if any.
/// </summary>
public sealed class NegativeFact : IFact
{
    public int Id { get; set; }
    public SubjectKind SubjectKind { get; set; }
    public int SubjectId { get; set; }
    public required string Property { get; set; }
    public NegativeFactKind Kind { get; set; }
    public int? OrganizationId { get; set; }
    public required string Description { get; set; }
    public Organization? Organization { get; set; }
}
