namespace Moskvitch.Graph.Data;

/// <summary>A migration script failed; the database is left at the last script that succeeded.</summary>
public sealed class MigrationFailedException(string? script, Exception? inner)
    : Exception($"Migration {script ?? "(unknown)"} failed.", inner)
{
    public string? Script { get; } = script;
}
