using GraphQL;
using GraphQL.Types;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary><c>{Name}Edge</c>.</summary>
[DoNotRegister]
public sealed class EdgeGraphType : ObjectGraphType<Edge>
{
    public EdgeGraphType(string baseName, string nodeType)
    {
        Name = baseName + "Edge";
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => c.Source.Cursor.Text);
        Field("node", new NonNullGraphType(new GraphQLTypeReference(nodeType))).Description("The item at the end of the edge.").Resolve(c => c.Source.Node);
    }
}
