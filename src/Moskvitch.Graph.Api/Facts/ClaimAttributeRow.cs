namespace Moskvitch.Graph.Api.Facts;

/// <summary>One attribute that has claims, as the <c>claim_attribute</c> view gives it (db/migrations/0024).</summary>
public sealed record ClaimAttributeRow(string Kind, string Attribute, string Type, long Claims, long Subjects, long Disputed)
{
    /// <summary>The kind of fact, from its table's name (<c>plant_name</c> → <see cref="SubjectKind.PlantName"/>).</summary>
    public SubjectKind SubjectKind => Enum.Parse<SubjectKind>(Kind.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);

    public ClaimValueType ValueType => Enum.Parse<ClaimValueType>(Type, ignoreCase: true);
}
