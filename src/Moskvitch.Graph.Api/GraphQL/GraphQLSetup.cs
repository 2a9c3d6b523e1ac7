using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Moskvitch.Graph.Api.GraphQL;

public static class GraphQLSetup
{
    /// <summary>Registers the schema, the executer and the HTTP endpoint's services.</summary>
    public static WebApplicationBuilder AddMoskvitchGraph(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DataLoaders>();
        builder.Services.AddSingleton<DateOnlyGraphType, LocalDateGraphType>();
        builder.Services.AddGraphQL(b => b
            .AddSchema<MoskvitchSchema>()
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(MoskvitchSchema).Assembly)
            .AddValidationRule(HttpGetValidationRule.Instance)
            .AddErrorInfoProvider<ErrorPresenter>()
            .AddUnhandledExceptionHandler(context => ErrorPresenter.Mask(
                context, context.ExecutionOptions.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger("Moskvitch.Graph.Api.GraphQL"))));
        return builder;
    }

    /// <summary>The schema as SDL, as served at <c>/graphql?sdl</c> and <c>/graphql/schema.graphql</c>.</summary>
    public static string PrintSdl(this ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal });
}
