namespace Moskvitch.Graph.Api.Facts;

public sealed class ClaimGraphType : ObjectGraphType<Claim>
{
    public ClaimGraphType()
    {
        Name = "Claim";
        Description = "One source's value for one attribute of a fact. Claims that disagree are kept side by side, each with its sources.";
        this.AddGlobalId();
        Field(c => c.SubjectKind, type: typeof(NonNullGraphType<SubjectKindGraphType>)).Description("The kind of fact the claim is about.");
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The global id of the fact the claim is about.")
            .Resolve(c => GlobalId.Encode(c.Source.SubjectKind.ToString(), c.Source.SubjectId));
        Field(c => c.Attribute).Description("The attribute, as the field name on the fact's type (e.g. `yearFrom`, `unitsBuilt`).");
        Field(c => c.Value).Description("The value as the source states it (numbers as plain digits).");
        Field(c => c.ValueType, type: typeof(NonNullGraphType<ClaimValueTypeGraphType>)).Description("What the value is, from the attribute's type: YEAR, NUMBER, DATE or TEXT; the typed field of that name holds it.");
        Field(c => c.ValueYear, nullable: true).Description("The value as a year when `valueType` is YEAR (`yearFrom`, `foundedYear`, …); otherwise null.");
        Field(c => c.ValueNumber, nullable: true).Description("The value as a number when `valueType` is NUMBER (`unitsBuilt`, `displacementCc`, `sales2023`, …); otherwise null.");
        Field(c => c.ValueDate, nullable: true).Description("The value as a date when `valueType` is DATE; otherwise null.");
        Field(c => c.Bound, type: typeof(ClaimBoundGraphType)).Description("For a claim that states only a bound (\"fewer than 1,000\"): UPPER or LOWER; null for a claimed value. Bounds never make an attribute disputed: only two or more different claimed values do.");
        Field(c => c.Note, nullable: true).Description("How the value was read from the source.");
        this.AddFactFields(claimKind: null);
    }
}
