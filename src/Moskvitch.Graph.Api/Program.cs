using Moskvitch.Graph.Api.Database;
using Moskvitch.Graph.Api.Diagnostics;
using Moskvitch.Graph.Api.Exports;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Api.Hosting;
using Moskvitch.Graph.Conventions.Security;

if (args is ["export", .. var exportArgs])
{
    return await ExportCommand.RunAsync(exportArgs);
}

const string GraphQLPath = "/graphql";

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultAddressWhenUnset();
if (builder.AddMoskvitchDatabase() is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return 1;
}

builder.AddRateLimits(GraphQLPath);
builder.AddMoskvitchGraph();
builder.AddExports();

await using var app = builder.Build();
app.UseRateLimits();
app.UseSqlStatementHeaderWhenConfigured();
app.MapHealthEndpoints();
app.MapMoskvitchGraph(GraphQLPath);
app.MapExportEndpoints();
app.PrintGraphQLAddress(GraphQLPath);

try
{
    await app.StartAsync();
}
catch (Exception e) when (ServiceAddress.IsAddressInUse(e))
{
    await Console.Error.WriteLineAsync(ServiceAddress.AddressInUseMessage(e, app.Urls));
    await app.StopAsync(); // stops what started before the server (an embedded PostgreSQL)
    return 1;
}

await app.WaitForShutdownAsync();
return 0;
