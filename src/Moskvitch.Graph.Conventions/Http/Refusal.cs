namespace Moskvitch.Graph.Conventions.Http;

/// <summary>Why a request is answered without running it: a code (its HTTP status follows from it) and a message.</summary>
public sealed record Refusal(string Code, string Message);
