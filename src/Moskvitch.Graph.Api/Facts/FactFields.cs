using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Api.Facts;

/// <summary>The fields every fact type carries: its global id, its sources and, where it has any, its claims.</summary>
public static class FactFields
{
    /// <summary>
    /// Adds <c>sources</c> and <c>citations</c>; with a <paramref name="claimKind"/>, also <c>claims</c>, <c>disputed</c> and
    /// <c>disputedAttributes</c>. Call it last in the type's constructor: the attributes <c>claims(attribute:)</c> takes
    /// are the type's own value fields declared before it (not lists or connections), plus
    /// <paramref name="claimOnlyAttributes"/>, quantities that have claims but no field of their own.
    /// </summary>
    public static void AddFactFields<TFact>(this ObjectGraphType<TFact> type, SubjectKind? claimKind, params string[] claimOnlyAttributes)
        where TFact : class, IFact
    {
        var attributes = claimKind is null ? [] : ClaimAttributes(type, claimOnlyAttributes);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("sources")
            .Description("The sources that state this fact.")
            .Resolve(c => SourcesOf<TFact>(c, c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationGraphType>>>>("citations")
            .Description("Each source that states this fact, with the sentence it states it in.")
            .Resolve(c => LoadCitations<TFact>(c, c.Source.Id));

        if (claimKind is not SubjectKind kind)
        {
            return;
        }

        var valid = attributes.ToHashSet(StringComparer.Ordinal);
        var listed = string.Join(", ", attributes.Select(a => $"`{a}`"));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGraphType>>>>("claims")
            .Description("Values the sources state for this fact's attributes where they are recorded claim by claim; where claims disagree the attribute's own field is null.")
            .Argument<StringGraphType>("attribute", $"Only the claims on this attribute, by its field name: {listed}.", a => a.Validate(value =>
            {
                if (value is string name && !valid.Contains(name))
                {
                    throw new ArgumentException($"`{name}` is not an attribute of {type.Name}; the attributes are {listed}.");
                }
            }))
            .Resolve(c =>
            {
                var attribute = c.GetArgument<string?>("attribute");
                return new Loaders.Mapped<IReadOnlyList<Claim>, IReadOnlyList<Claim>>(
                    LoadClaims(c, kind, c.Source.Id),
                    claims => attribute is null ? claims : [.. claims.Where(x => x.Attribute == attribute)]);
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InferenceGraphType>>>>("inferences")
            .Description("The attributes of this fact whose values are inferred rather than stated, each with its reason; empty when every value is stated.")
            .Resolve(c => c.LoadMany<Inference>("inferences:" + kind, x => x.SubjectKind == kind ? x.SubjectId : null, c.Source.Id,
                q => q.OrderBy(x => x.Attribute).ThenBy(x => x.Value)));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NegativeFactGraphType>>>>("negativeFacts")
            .Description("Negative statements about this fact: what the sources say did not happen, was not exercised, was not confirmed, or has no evidence.")
            .Resolve(c => c.LoadMany<NegativeFact>("negativeFacts:" + kind, x => x.SubjectKind == kind ? x.SubjectId : null, c.Source.Id,
                q => q.OrderBy(x => x.Property).ThenBy(x => x.Id)));
        type.Field<NonNullGraphType<BooleanGraphType>>("disputed")
            .Description("True when the sources disagree on at least one attribute of this fact (see `claims`).")
            .Resolve(c => new Loaders.Mapped<IReadOnlyList<Claim>, bool>(LoadClaims(c, kind, c.Source.Id), claims => DisputedAttributes(claims).Any()));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("disputedAttributes")
            .Description("The attributes (field names) on which the sources disagree.")
            .Resolve(c => new Loaders.Mapped<IReadOnlyList<Claim>, IReadOnlyList<string>>(LoadClaims(c, kind, c.Source.Id), claims => [.. DisputedAttributes(claims)]));
    }

    private static readonly HashSet<string> FactFieldNames = ["id", "sources", "citations", "claims", "inferences", "negativeFacts", "disputed", "disputedAttributes"];

    /// <summary>
    /// The type's fields that hold one value (a scalar, an enum or one related object), and the claim-only attributes,
    /// by name as the schema prints it (camel case: the schema's name converter runs later).
    /// </summary>
    private static string[] ClaimAttributes(IComplexGraphType type, IEnumerable<string> claimOnly) =>
        [.. type.Fields.Where(f => !IsList(f)).Select(f => f.Name.ToCamelCase()).Where(n => !FactFieldNames.Contains(n)).Concat(claimOnly).Distinct().Order(StringComparer.Ordinal)];

    private static bool IsList(FieldType field)
    {
        var type = field.Type;
        if (type is not null)
        {
            while (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>))
            {
                type = type.GetGenericArguments()[0];
            }

            return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ListGraphType<>);
        }

        var resolved = field.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : field.ResolvedType;
        return resolved is ListGraphType || (resolved is GraphQLTypeReference reference && reference.TypeName.EndsWith("Connection", StringComparison.Ordinal));
    }

    /// <summary>The sources of one fact, batched with its siblings.</summary>
    public static IDataLoaderResult<IReadOnlyList<Source>> SourcesOf<TFact>(IResolveFieldContext context, int id)
        where TFact : class, IFact =>
        new Loaders.Mapped<IReadOnlyList<CitationRow>, IReadOnlyList<Source>>(
            LoadCitations<TFact>(context, id), rows => [.. rows.Select(r => r.Source).DistinctBy(s => s.Id)]);

    public static IEnumerable<string> DisputedAttributes(IEnumerable<Claim> claims) =>
        claims.Where(c => c.Bound is null).GroupBy(c => c.Attribute).Where(g => g.Select(c => c.Value).Distinct().Count() > 1).Select(g => g.Key).Order(StringComparer.Ordinal);

    private static IDataLoaderResult<IReadOnlyList<CitationRow>> LoadCitations<TFact>(IResolveFieldContext context, int id)
        where TFact : class, IFact
    {
        var scope = FieldScope.Of(context);
        var loader = scope.Batches.Get<int, IReadOnlyList<CitationRow>>("citations:" + typeof(TFact).Name, (keys, ct) =>
            scope.QueryAsync(async db =>
            {
                var rows = await db.Set<Citation<TFact>>()
                    .Where(c => keys.Contains(c.FactId))
                    .OrderBy(c => c.Source.Kind == SourceKind.Reference).ThenBy(c => c.Source.Number).ThenBy(c => c.SourceId)
                    .Select(c => new CitationRow(c.FactId, c.Quote, c.Source))
                    .ToListAsync(ct);
                return (IReadOnlyDictionary<int, IReadOnlyList<CitationRow>>)rows.GroupBy(r => r.FactId)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<CitationRow>)[.. g]);
            }));
        return new Loaders.Mapped<IReadOnlyList<CitationRow>?, IReadOnlyList<CitationRow>>(loader.Load(id), v => v ?? []);
    }

    private static IDataLoaderResult<IReadOnlyList<Claim>> LoadClaims(IResolveFieldContext context, SubjectKind kind, int id) =>
        context.LoadMany<Claim>("claims:" + kind, c => c.SubjectKind == kind ? c.SubjectId : null, id,
            q => q.OrderBy(c => c.Attribute).ThenBy(c => c.Value));
}
