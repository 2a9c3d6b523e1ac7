namespace Moskvitch.Graph.Data;

/// <summary>The local PostgreSQL could not be created, started or stopped.</summary>
public sealed class LocalPostgresException(string message) : Exception(message);
