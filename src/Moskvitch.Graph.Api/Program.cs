using Moskvitch.Graph.Api.Database;
using Moskvitch.Graph.Api.Exports;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Api.Security;

if (args is ["export", .. var exportArgs])
{
    return await ExportCommand.RunAsync(exportArgs);
}

var builder = WebApplication.CreateBuilder(args);

if (builder.AddMoskvitchDatabase() is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return 1;
}

builder.AddMoskvitchGraph();
builder.AddMoskvitchRateLimits();

var app = builder.Build();

app.UseMoskvitchRateLimits();
Moskvitch.Graph.Api.Diagnostics.SqlStatementHeader.UseWhenConfigured(app);
app.MapHealthEndpoints();
app.MapExportEndpoints();
app.UseGraphQLIde("/graphql");
app.MapGraphQLEndpoint("/graphql");
app.PrintGraphQLAddress("/graphql");

await app.RunAsync();
return 0;
