using System.Reflection;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>One filterable/sortable member of an entity: its GraphQL name, CLR property and kind.</summary>
public sealed record EntityMember(string Name, PropertyInfo Property, MemberKind Kind, string OperandType, Type? Target);
