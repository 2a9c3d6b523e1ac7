using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Api.GraphQL.Data;
using Moskvitch.Graph.Facts;

namespace Moskvitch.Graph.Api.Facts;

public static class FactQueries
{
    public static void AddFactQueries(this ObjectGraphType query)
    {
        query.AddLookup<Source, SourceGraphType>("source", "Source", "One source, by global id or slug (`seed-long`, `ref-13`, …).");
        query.AddList<Source, SourceGraphType>("sources", "Every source: the seed documents, the design card, then the references by number.", DataArguments.By((Source s) => s.Kind == SourceKind.Reference), DataArguments.By((Source s) => s.Number), DataArguments.By((Source s) => s.Id));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGraphType>>>>("claims")
            .Description("Recorded claims on facts' attributes, each with its sources.")
            .WithWhereAndOrder("Claim")
            .Argument<BooleanGraphType>("disputedOnly", "Only the claims on attributes the sources disagree on.")
            .ResolveAsync(async c =>
            {
                var claims = await c.QueryAsync(db => c.ApplyWhereAndOrder(db.Claims,
                        [DataArguments.By((Claim x) => x.SubjectKind), DataArguments.By((Claim x) => x.SubjectId), DataArguments.By((Claim x) => x.Attribute), DataArguments.By((Claim x) => x.Value)])
                    .ToListAsync(c.CancellationToken));
                if (c.GetArgument<bool?>("disputedOnly") != true)
                {
                    return claims;
                }

                var disputed = claims.GroupBy(x => (x.SubjectKind, x.SubjectId, x.Attribute))
                    .Where(g => g.Select(x => x.Value).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
                return claims.Where(x => disputed.Contains((x.SubjectKind, x.SubjectId, x.Attribute))).ToList();
            });
    }
}
