using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Utilities;
using Moskvitch.Graph.Api.GraphQL.Persisted;

namespace Moskvitch.Graph.Api.GraphQL;

public static class GraphQLSetup
{
    /// <summary>Registers the schema, the executer and the HTTP endpoint's services.</summary>
    public static WebApplicationBuilder AddMoskvitchGraph(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(GraphQLLimits.Section).Get<GraphQLLimits>() ?? new GraphQLLimits();
        builder.Services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            k.Limits.MaxRequestLineSize = limits.MaxRequestLineBytes;
            k.Limits.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersBytes;
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.RequestHeadersTimeoutSeconds);
        });
        builder.Services.AddScoped<DataLoaders>();
        builder.Services.AddSingleton<DateOnlyGraphType, LocalDateGraphType>();
        var operations = PersistedOperations.LoadEmbedded();
        var automaticPersistedQueries = new AutomaticPersistedQueries(operations);
        builder.Services.AddSingleton(operations);
        builder.Services.AddSingleton(automaticPersistedQueries);
        var documentCache = new DocumentCache(limits);
        builder.Services.AddSingleton(documentCache);
        builder.Services.AddSingleton(new SnapshotCache(limits));
        builder.Services.AddGraphQL(b => b
            .ConfigureParser(limits)
            .ConfigureIntrospection(limits)
            .AddSchema<MoskvitchSchema>()
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(MoskvitchSchema).Assembly)
            .AddValidationRule(HttpGetValidationRule.Instance)
            .AddValidationRule(new DocumentLimitsRule(limits))
            .AddValidationRule(NulCharacterRule.Instance)
            .AddComplexityAnalyzer(c => c.MaxDepth = limits.MaxSelectionDepth)
            .AddValidationRule(new IntrospectionDepthRule(limits))
            .AddValidationRule(new CostRule(limits))
            .WithTimeout(TimeSpan.FromSeconds(limits.ExecutionTimeoutSeconds))
            .ConfigureExecution(automaticPersistedQueries)
            .ConfigureExecution(new PersistedOperationHandler(operations))
            .ConfigureExecution(documentCache)
            .AddErrorInfoProvider<ErrorPresenter>()
            .AddUnhandledExceptionHandler(context => ErrorPresenter.Mask(
                context, context.ExecutionOptions.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger("Moskvitch.Graph.Api.GraphQL"))));
        return builder;
    }

    private static IGraphQLBuilder ConfigureParser(this IGraphQLBuilder builder, GraphQLLimits limits)
    {
        builder.Services.Register<IDocumentBuilder>(new GraphQLDocumentBuilder { MaxDepth = limits.MaxParserDepth });
        builder.Services.Register<global::GraphQL.Validation.IDocumentValidator>(new BoundedDocumentValidator(limits));
        return builder;
    }

    private static IGraphQLBuilder ConfigureIntrospection(this IGraphQLBuilder builder, GraphQLLimits limits) =>
        limits.Introspection ? builder : builder.AddValidationRule(NoIntrospectionRule.Instance);

    /// <summary>The schema as SDL, as served at <c>/graphql?sdl</c> and <c>/graphql/schema.graphql</c>.</summary>
    public static string PrintSdl(this ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal });
}
