using Moskvitch.Graph.Conventions.Http;
using Moskvitch.Graph.Data;

namespace Moskvitch.Graph.Api.GraphQL;

public static class GraphQLSetup
{
    /// <summary>
    /// The schema over the graph's entity kinds (each feature registers its own), with the stored operations of
    /// db/operations, the conventions' limits, caches and rules, and the HTTP endpoint's services.
    /// </summary>
    public static WebApplicationBuilder AddMoskvitchGraph(this WebApplicationBuilder builder) =>
        builder.AddGraphConventions<MoskvitchSchema, MoskvitchDbContext>(typeof(GraphQLSetup).Assembly, graph => Query.AddEntityKinds(graph));

    /// <summary>The GraphQL endpoint at <paramref name="path"/>, with the IDE's page beside it.</summary>
    public static WebApplication MapMoskvitchGraph(this WebApplication app, string path)
    {
        app.UseGraphQLIde(path, "Moskvitch Graph", IdeExample.Document);
        app.MapGraphQLEndpoint(path);
        return app;
    }
}
