using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Api.Facts;

public static class FactQueries
{
    /// <summary>This feature's entity kinds.</summary>
    public static GraphConventionsBuilder AddFacts(this GraphConventionsBuilder graph) => graph
        .AddEntity<Source, SourceGraphType>()
        .AddEntity<Claim, ClaimGraphType>()
        .AddEntity<Inference, InferenceGraphType>()
        .AddEntity<NegativeFact, NegativeFactGraphType>();

    public static void AddFactQueries(this ObjectGraphType query)
    {
        query.AddLookup<Source, SourceGraphType>("source", "Source", "One source, by global id or slug (`seed-long`, `ref-13`, …).");
        query.AddConnection<Source>("sources", "Every source: the seed documents, the design card, then the references by number.", [DataArguments.By((Source s) => s.Kind == SourceKind.Reference), DataArguments.By((Source s) => s.Number), DataArguments.By((Source s) => s.Id)]);
        query.AddConnection<Claim>(
                "claims",
                "Recorded claims on facts' attributes, each with its sources.",
                [DataArguments.By((Claim x) => x.SubjectKind), DataArguments.By((Claim x) => x.SubjectId), DataArguments.By((Claim x) => x.Attribute), DataArguments.By((Claim x) => x.Value)],
                c => c.GetArgument<bool?>("disputedOnly") == true
                    ? db => db.Set<Claim>().Where(x => x.Bound == null && db.Set<Claim>().Any(y => y.Bound == null && y.SubjectKind == x.SubjectKind && y.SubjectId == x.SubjectId && y.Attribute == x.Attribute && y.Value != x.Value))
                    : db => db.Set<Claim>())
            .Argument<BooleanGraphType>("disputedOnly", "Only the claimed values on attributes the sources disagree on (bounds, which dispute nothing, are left out).");
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimAttributeGraphType>>>>("claimAttributes")
            .Description("Every attribute that has claims, by kind of fact and attribute name, with the type of its values and its counts; the claim-only ones (no field of their own) included.")
            .ResolveAsync(async c => await c.QueryAsync(db => db.Database.SqlQuery<ClaimAttributeRow>(
                    $"SELECT subject_kind AS kind, attribute, value_type AS type, claims, subjects, disputed FROM claim_attribute ORDER BY subject_kind, attribute")
                .ToArrayAsync(c.CancellationToken)));
        query.AddConnection<Inference>(
            "inferences",
            "Values that are inferred rather than stated, each with its reason and the sentence it is inferred from.",
            [DataArguments.By((Inference x) => x.SubjectKind), DataArguments.By((Inference x) => x.SubjectId), DataArguments.By((Inference x) => x.Attribute), DataArguments.By((Inference x) => x.Id)]);
        query.AddConnection<NegativeFact>(
            "negativeFacts",
            "Negative statements: what the sources say did not happen, was not exercised, was not confirmed, or has no evidence.",
            [DataArguments.By((NegativeFact x) => x.SubjectKind), DataArguments.By((NegativeFact x) => x.SubjectId), DataArguments.By((NegativeFact x) => x.Property), DataArguments.By((NegativeFact x) => x.Id)]);
    }
}
