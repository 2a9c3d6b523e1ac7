using GraphQL.Types;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>HotChocolate's <c>PageInfo</c> type.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field(p => p.HasNextPage).Description("Indicates whether more edges exist following the set defined by the clients arguments.");
        Field(p => p.HasPreviousPage).Description("Indicates whether more edges exist prior the set defined by the clients arguments.");
        Field<StringGraphType>("startCursor").Description("When paginating backwards, the cursor to continue.").Resolve(c => c.Source.StartCursor?.Text);
        Field<StringGraphType>("endCursor").Description("When paginating forwards, the cursor to continue.").Resolve(c => c.Source.EndCursor?.Text);
    }
}
