using Moskvitch.Graph.Api.Database;
using Moskvitch.Graph.Api.Exports;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Api.Hosting;
using Moskvitch.Graph.Api.Security;

if (args is ["export", .. var exportArgs])
{
    return await ExportCommand.RunAsync(exportArgs);
}

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultAddressWhenUnset();

if (builder.AddMoskvitchDatabase() is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return 1;
}

builder.AddMoskvitchGraph();
builder.AddMoskvitchRateLimits();

await using var app = builder.Build();

app.UseMoskvitchRateLimits();
Moskvitch.Graph.Api.Diagnostics.SqlStatementHeader.UseWhenConfigured(app);
app.MapHealthEndpoints();
app.MapExportEndpoints();
app.UseGraphQLIde("/graphql");
app.MapGraphQLEndpoint("/graphql");
app.PrintGraphQLAddress("/graphql");

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
