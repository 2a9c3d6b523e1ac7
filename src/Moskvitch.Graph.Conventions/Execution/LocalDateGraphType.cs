using GraphQL.Types;

namespace Moskvitch.Graph.Conventions;

/// <summary>Dates as HotChocolate 15 names them: <c>scalar LocalDate</c>, ISO 8601 <c>yyyy-MM-dd</c>.</summary>
public sealed class LocalDateGraphType : DateOnlyGraphType
{
    public LocalDateGraphType()
    {
        Name = "LocalDate";
        Description = "A date without time or zone, ISO 8601 `yyyy-MM-dd`.";
    }
}
