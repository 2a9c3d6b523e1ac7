namespace Moskvitch.Graph.Data;

/// <summary>A migration script (named by its file, e.g. <c>0001_model.sql</c>) failed; the database is left at the last script that succeeded.</summary>
public sealed class MigrationFailedException(string? script, Exception? inner)
    : Exception($"Migration {script ?? "(unknown)"} failed.", inner)
{
    public string? Script { get; } = script;
}
