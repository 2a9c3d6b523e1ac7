using Moskvitch.Graph.Api.Organizations;

namespace Moskvitch.Graph.Api.Facts;

public sealed class NegativeFactGraphType : ObjectGraphType<NegativeFact>
{
    public NegativeFactGraphType()
    {
        Name = "NegativeFact";
        Description = "A negative statement, cited like every fact: something the sources say did not happen, was not exercised, was not confirmed, or of which no evidence exists (Wikidata's \"no value\").";
        this.AddGlobalId();
        Field(c => c.SubjectKind, type: typeof(NonNullGraphType<SubjectKindGraphType>)).Description("The kind of fact the statement is about.");
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The global id of the fact the statement is about.")
            .Resolve(c => GlobalId.Encode(c.Source.SubjectKind.ToString(), c.Source.SubjectId));
        Field(c => c.Property).Description("What is denied, in camelCase (e.g. `buybackOptionExercised`, `revivedMoskvitchBrand`).");
        Field(c => c.Kind, type: typeof(NonNullGraphType<NegativeFactKindGraphType>)).Description("How it is denied.");
        Field(c => c.Description).Description("The statement in words, paraphrasing the cited sentence.");
        Field<OrganizationGraphType>("organization").Description("The organization the statement names, where it names one (e.g. JAC for ties not confirmed).")
            .ResolveRelation(s => s.Organization, s => s.OrganizationId);
        this.AddFactFields(claimKind: null);
    }
}
