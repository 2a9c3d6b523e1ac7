namespace Moskvitch.Graph.Facts;

/// <summary>What a claimed value is, from its attribute's type in the database (db/migrations/0024).</summary>
public enum ClaimValueType { Year, Number, Date, Text }
