using Moskvitch.Graph.Api.Engines;
using Moskvitch.Graph.Api.Events;
using Moskvitch.Graph.Api.Facts;
using Moskvitch.Graph.Api.Models;
using Moskvitch.Graph.Api.Organizations;
using Moskvitch.Graph.Api.People;
using Moskvitch.Graph.Api.Places;
using Moskvitch.Graph.Api.Production;
using Moskvitch.Graph.Conventions;
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
        builder.AddGraphConventions<MoskvitchSchema, MoskvitchDbContext>(typeof(GraphQLSetup).Assembly, graph => graph
            .AddModels()
            .AddEngines()
            .AddOrganizations()
            .AddPlaces()
            .AddPeople()
            .AddEvents()
            .AddProduction()
            .AddFacts());

    /// <summary>The GraphQL endpoint at <paramref name="path"/>, with the IDE's page beside it.</summary>
    public static WebApplication MapMoskvitchGraph(this WebApplication app, string path)
    {
        app.UseGraphQLIde(path, "Moskvitch Graph", IdeExample.Document);
        app.MapGraphQLEndpoint(path);
        return app;
    }
}
