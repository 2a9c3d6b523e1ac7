using GraphQL;
using GraphQL.Types;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary><c>{Name}Connection</c>, named after its field as HotChocolate names it.</summary>
[DoNotRegister]
public sealed class ConnectionGraphType : ObjectGraphType<Connection>
{
    public ConnectionGraphType(string baseName, string nodeType)
    {
        Name = baseName + "Connection";
        Description = $"A connection to a list of `{nodeType}` items.";
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field("edges", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(baseName + "Edge"))))
            .Description("A list of edges.").Resolve(c => c.Source.Edges);
        Field("nodes", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(nodeType))))
            .Description("A flattened list of the nodes.").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection (counted only when selected).")
            .Resolve(c => c.Source.TotalCount());
    }
}
