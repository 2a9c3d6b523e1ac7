namespace Moskvitch.Graph.Api.Facts;

public sealed class ClaimAttributeGraphType : ObjectGraphType<ClaimAttributeRow>
{
    public ClaimAttributeGraphType()
    {
        Name = "ClaimAttribute";
        Description = "An attribute of one kind of fact that has claims: the type of its values, how many claims there are and on how many facts the sources disagree.";
        Field(a => a.SubjectKind, type: typeof(NonNullGraphType<SubjectKindGraphType>)).Description("The kind of fact.");
        Field(a => a.Attribute).Description("The attribute, as the field name on the fact's type (`yearFrom`, `unitsBuilt`), the name `claims(attribute:)` takes.");
        Field(a => a.ValueType, type: typeof(NonNullGraphType<ClaimValueTypeGraphType>)).Description("What its claimed values are: the `Claim` field `valueYear`, `valueNumber` or `valueDate` holds each one typed; TEXT has only `value`.");
        Field<NonNullGraphType<BooleanGraphType>>("claimOnly")
            .Description("True when the fact's type has no field of this name: its values are only in `claims` (`Organization.sales2023`, `Event.jobsPreserved`).")
            .Resolve(c => c.Schema.AllTypes[c.Source.SubjectKind.ToString()] is not IComplexGraphType type || type.GetField(c.Source.Attribute) is null);
        Field<NonNullGraphType<IntGraphType>>("claims").Description("How many claims there are on it, bounds included.").Resolve(c => (int)c.Source.Claims);
        Field<NonNullGraphType<IntGraphType>>("subjects").Description("On how many facts.").Resolve(c => (int)c.Source.Subjects);
        Field<NonNullGraphType<IntGraphType>>("disputed").Description("On how many of those facts the sources disagree (two or more different claimed values; see `disputedAttributes`).").Resolve(c => (int)c.Source.Disputed);
    }
}
