using Moskvitch.Graph.Api.Downloads;
using Moskvitch.Graph.Api.Engines;
using Moskvitch.Graph.Api.Events;
using Moskvitch.Graph.Api.Models;
using Moskvitch.Graph.Api.Organizations;
using Moskvitch.Graph.Api.People;
using Moskvitch.Graph.Api.Places;
using Moskvitch.Graph.Api.Production;
using Moskvitch.Graph.Api.Search;

namespace Moskvitch.Graph.Api.GraphQL;

/// <summary>The root query type; each feature folder contributes its fields, and its entity kinds.</summary>
public sealed class Query : ObjectGraphType
{
    /// <summary>The entity kinds of the graph: each feature registers its own.</summary>
    public static GraphConventionsBuilder AddEntityKinds(GraphConventionsBuilder graph) => graph
        .AddModels()
        .AddEngines()
        .AddOrganizations()
        .AddPlaces()
        .AddPeople()
        .AddEvents()
        .AddProduction()
        .AddFacts();

    public Query()
    {
        Name = "Query";
        Description = "The entry points into the Moskvitch knowledge graph.";
        this.AddModelQueries();
        this.AddLineageQueries();
        this.AddEngineQueries();
        this.AddOrganizationQueries();
        this.AddPlaceQueries();
        this.AddPeopleQueries();
        this.AddEventQueries();
        this.AddProductionQueries();
        this.AddFactQueries();
        this.AddNodeQueries();
        this.AddSearchQueries();
        this.AddDataVersionQueries();
        this.AddAggregateQueries();
    }
}
