namespace Moskvitch.Graph.Api.Facts;

public sealed class InferenceGraphType : ObjectGraphType<Inference>
{
    public InferenceGraphType()
    {
        Name = "Inference";
        Description = "A value that is inferred rather than stated: general knowledge, or what a source implies but does not write. It names the fact and attribute, gives the reason, and cites the sentence the inference starts from. A value with no inference is stated by its sources.";
        this.AddGlobalId();
        Field(c => c.SubjectKind, type: typeof(NonNullGraphType<SubjectKindGraphType>)).Description("The kind of fact whose value is inferred.");
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The global id of the fact whose value is inferred.")
            .Resolve(c => GlobalId.Encode(c.Source.SubjectKind.ToString(), c.Source.SubjectId));
        Field(c => c.Attribute).Description("The inferred attribute, as the field name on the fact's type (e.g. `country`, `yearTo`).");
        Field(c => c.Value, nullable: true).Description("For an inferred claim: the claimed value that is inferred; null when the fact's own field is.");
        Field(c => c.Reason).Description("Why the value is inferred, and from what.");
        this.AddFactFields(claimKind: null);
    }
}
