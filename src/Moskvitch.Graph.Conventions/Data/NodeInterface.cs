using GraphQL.Types;

namespace Moskvitch.Graph.Conventions;

/// <summary>Relay's <c>interface Node { id: ID! }</c>, implemented by every entity type.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id (Relay global object identification).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id: base64 of `Type:key`.");
    }
}
