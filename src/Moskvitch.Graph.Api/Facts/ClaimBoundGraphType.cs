namespace Moskvitch.Graph.Api.Facts;

public sealed class ClaimBoundGraphType() : DescribedEnumGraphType<ClaimBound>("A claim that states only a bound: UPPER (\"fewer than\", \"up to\") or LOWER (\"over\", \"at least\"). A bound does not dispute a value within it.");
