using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Moskvitch.Graph.Conventions;

public static class SchemaPrinting
{
    /// <summary>The schema as SDL, as served at <c>…?sdl</c> and <c>…/schema.graphql</c>: descriptions included, types in ordinal order.</summary>
    public static string PrintSdl(this ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal });
}
