using Moskvitch.Graph.Api.Database;
using Moskvitch.Graph.Api.GraphQL;

var builder = WebApplication.CreateBuilder(args);

if (builder.AddMoskvitchDatabase() is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return 1;
}

builder.AddMoskvitchGraph();

var app = builder.Build();

app.MapHealthEndpoints();
app.UseGraphQLIde("/graphql");
app.MapGraphQLEndpoint("/graphql");
app.PrintGraphQLAddress("/graphql");

await app.RunAsync();
return 0;
