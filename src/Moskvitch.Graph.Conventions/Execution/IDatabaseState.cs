namespace Moskvitch.Graph.Conventions;

/// <summary>The state of the database the service reads, as the endpoint and the error handling need it (the host provides it).</summary>
public interface IDatabaseState
{
    /// <summary>Whether the database can be read (migrated and reachable); the endpoint answers 503 until it is.</summary>
    bool IsReady { get; }

    /// <summary>A statement failed because the database was unreachable: drop the pooled connections, which are broken.</summary>
    void ConnectionsBroken();
}
