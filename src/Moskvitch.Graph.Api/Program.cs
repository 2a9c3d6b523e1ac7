using Moskvitch.Graph.Api.Database;
using Moskvitch.Graph.Api.Diagnostics;
using Moskvitch.Graph.Api.Downloads;
using Moskvitch.Graph.Api.Explore;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Api.Hosting;
using Moskvitch.Graph.Api.Observability;
using Moskvitch.Graph.Conventions.Security;

if (args is ["export", .. var exportArgs])
{
    return await DownloadCommand.RunAsync(exportArgs);
}

const string GraphQLPath = "/graphql";

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultAddressWhenUnset();
if (builder.AddMoskvitchDatabase() is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return 1;
}

builder.AddObservability();
builder.AddRateLimits(GraphQLPath);
builder.AddMoskvitchGraph();
builder.AddDownloads();

await using var app = builder.Build();
app.UseRequestTelemetry(GraphQLPath);
app.UseRateLimits();
app.UseSqlStatementHeaderWhenConfigured();
app.MapHealthEndpoints();
app.MapMetricsEndpoint();
app.MapMoskvitchGraph(GraphQLPath);
app.MapDownloadEndpoints();
app.MapExplorer(GraphQLPath);
app.PrintGraphQLAddress(GraphQLPath);

try
{
    if (!await StartupFailure.TryStartAsync(app))
    {
        return 1;
    }
}
catch (Exception e) when (ServiceAddress.IsAddressInUse(e))
{
    await Console.Error.WriteLineAsync(ServiceAddress.AddressInUseMessage(e, app.Urls));
    await app.StopAsync(); // stops what started before the server (an embedded PostgreSQL)
    return 1;
}

await app.WaitForShutdownAsync();
return 0;
