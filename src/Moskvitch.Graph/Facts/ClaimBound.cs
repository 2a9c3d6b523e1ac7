namespace Moskvitch.Graph.Facts;

/// <summary>For a claim that states only a bound: "fewer than", "up to" (upper) or "over", "at least" (lower).</summary>
public enum ClaimBound { Upper, Lower }
