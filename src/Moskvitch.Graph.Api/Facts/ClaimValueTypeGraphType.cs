namespace Moskvitch.Graph.Api.Facts;

public sealed class ClaimValueTypeGraphType() : DescribedEnumGraphType<ClaimValueType>("What a claimed value is: a YEAR, a NUMBER, a DATE, or TEXT (an enumeration's value, a place's name).");
