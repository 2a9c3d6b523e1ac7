namespace Moskvitch.Graph.Conventions.Data;

/// <summary>What a member of an entity is, for filtering and sorting.</summary>
public enum MemberKind { Id, Scalar, Enum, StringList, Reference, Collection }
