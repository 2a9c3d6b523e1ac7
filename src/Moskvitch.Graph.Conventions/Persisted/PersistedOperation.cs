namespace Moskvitch.Graph.Conventions.Persisted;

/// <summary>A stored operation: its file name (without extension), id and text.</summary>
public sealed record PersistedOperation(string Name, string Id, string Text);
