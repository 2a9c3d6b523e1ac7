using System.Reflection;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Conventions.Data;
using Moskvitch.Graph.Conventions.Direct;
using Moskvitch.Graph.Conventions.Persisted;

namespace Moskvitch.Graph.Conventions;

/// <summary>Registers the conventions: the schema, the executer with its limits, caches and rules, and the endpoint's services.</summary>
public static class GraphConventions
{
    /// <summary>How responses escape text: only what JSON requires, so that Cyrillic and other non-ASCII text stays as it is.</summary>
    public static System.Text.Encodings.Web.JavaScriptEncoder ResponseEncoder => System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>
    /// Registers <typeparamref name="TSchema"/> over <typeparamref name="TContext"/> (whose <see cref="IDbContextFactory{TContext}"/>
    /// the host registers) with the limits of the <c>GraphQL:Limits</c> section, the persisted operations embedded in
    /// <paramref name="operations"/> (resources named <c>Operations.*.graphql</c>), and the entity kinds
    /// <paramref name="entities"/> registers.
    /// </summary>
    public static WebApplicationBuilder AddGraphConventions<TSchema, TContext>(
        this WebApplicationBuilder builder, Assembly operations, Action<GraphConventionsBuilder> entities)
        where TSchema : ConventionSchema
        where TContext : DbContext
    {
        var limits = builder.Configuration.GetSection(GraphQLLimits.Section).Get<GraphQLLimits>() ?? new GraphQLLimits();
        var kinds = new EntityKinds();
        entities(new GraphConventionsBuilder(kinds));
        var services = builder.Services;
        services.AddSingleton(limits);
        services.AddSingleton(kinds);
        services.AddHttpContextAccessor();
        services.AddSingleton<IGraphDbContextFactory, GraphDbContextFactory<TContext>>();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            k.Limits.MaxRequestLineSize = limits.MaxRequestLineBytes;
            k.Limits.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersBytes;
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.RequestHeadersTimeoutSeconds);
        });
        services.AddScoped<DataLoaders>();
        services.AddSingleton<DateOnlyGraphType, LocalDateGraphType>();
        var persisted = PersistedOperations.LoadEmbedded(operations);
        var automaticPersistedQueries = new AutomaticPersistedQueries(persisted);
        services.AddSingleton(persisted);
        services.AddSingleton(automaticPersistedQueries);
        var documentCache = new DocumentCache(limits);
        services.AddSingleton(documentCache);
        services.AddSingleton(new SnapshotCache(limits));
        services.AddSingleton<DirectExecutionStrategy>();
        services.AddGraphQL(b =>
        {
            b.Services.Register<IDocumentBuilder>(new GraphQLDocumentBuilder { MaxDepth = limits.MaxParserDepth });
            b.Services.Register<IDocumentValidator>(new BoundedDocumentValidator(limits));
            if (!limits.Introspection)
            {
                b.AddValidationRule(NoIntrospectionRule.Instance);
            }

            b.AddSchema<TSchema>()
                .AddSystemTextJson(o => o.Encoder = ResponseEncoder)
                .AddGraphTypes(typeof(TSchema).Assembly)
                .AddGraphTypes(typeof(GraphConventions).Assembly)
                .AddValidationRule(HttpGetValidationRule.Instance)
                .AddValidationRule(new DocumentLimitsRule(limits))
                .AddValidationRule(NulCharacterRule.Instance)
                .AddComplexityAnalyzer(c => c.MaxDepth = limits.MaxSelectionDepth)
                .AddValidationRule(new IntrospectionDepthRule(limits))
                .AddValidationRule(new CostRule(limits))
                .WithTimeout(TimeSpan.FromSeconds(limits.ExecutionTimeoutSeconds))
                .ConfigureExecution(automaticPersistedQueries)
                .ConfigureExecution(new PersistedOperationHandler(persisted))
                .ConfigureExecution(documentCache)
                .AddExecutionStrategy(sp => sp.GetRequiredService<DirectExecutionStrategy>(), GraphQLParser.AST.OperationType.Query)
                .AddErrorInfoProvider<ErrorPresenter>()
                .AddUnhandledExceptionHandler(context => ErrorPresenter.Mask(
                    context, context.ExecutionOptions.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphConventions).Namespace!)));
        });

        // One instance of each kind's graph type per schema: the schema registers it by instance (to find the
        // connections it declares), and fields that name it by type must get that same instance.
        foreach (var kind in kinds.All)
        {
            services.AddSingleton(kind.GraphType);
        }

        return builder;
    }
}
