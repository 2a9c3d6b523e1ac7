using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Moskvitch.Graph.Api.Observability;

/// <summary>
/// Metrics, traces and request logs (README, "Operating the service"). Metrics: the service's own
/// (<see cref="GraphMetrics"/>), ASP.NET Core's, Npgsql's (the connection pool) and the runtime's, scraped by Prometheus
/// at <see cref="ObservabilityOptions.MetricsPath"/> (outside the rate limits) and exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Traces, when on: the request's span (ASP.NET Core), the GraphQL
/// operation's span under it and the Npgsql spans under that.
/// </summary>
public static class ObservabilitySetup
{
    /// <summary>
    /// ASP.NET Core meters left out of the scrape: they record on every request (route matches, rate-limiter leases, the
    /// server's buffer rentals), about 1 % of the service's CPU on a look-up, and say nothing for one GraphQL route that
    /// the service's own series do not (refusals are <c>moskvitch_rate_limit_refusals_total</c>). A dropped instrument
    /// is not enabled, so ASP.NET Core does not record it at all.
    /// </summary>
    public static readonly IReadOnlySet<string> PerRequestNoise = new HashSet<string>(StringComparer.Ordinal)
    {
        "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.RateLimiting", "Microsoft.AspNetCore.MemoryPool",
    };

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ObservabilityOptions.Section).Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        options.Tracing ??= otlp;
        BufferedConsole.Install(TimeSpan.FromMilliseconds(options.ConsoleFlushMilliseconds));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<GraphMetrics>();

        var telemetry = builder.Services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(GraphMetrics.MeterName, Conventions.SnapshotCache.MeterName)
                .AddMeter("Npgsql")
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddView(instrument => PerRequestNoise.Contains(instrument.Meter.Name) ? MetricStreamConfiguration.Drop : null);
            if (!string.IsNullOrEmpty(options.MetricsPath))
            {
                metrics.AddPrometheusExporter();
            }
        });
        if (options.Tracing == true)
        {
            var quiet = new[] { "/health", options.MetricsPath };
            telemetry.WithTracing(tracing => tracing
                .AddSource(GraphMetrics.MeterName)
                .AddAspNetCoreInstrumentation(o => o.Filter = http =>
                    !quiet.Any(p => !string.IsNullOrEmpty(p) && http.Request.Path.StartsWithSegments(p, StringComparison.Ordinal)))
                .AddNpgsql());
        }

        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>The Prometheus scrape endpoint, unless turned off.</summary>
    public static WebApplication MapMetricsEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<ObservabilityOptions>();
        if (!string.IsNullOrEmpty(options.MetricsPath))
        {
            app.MapPrometheusScrapingEndpoint(options.MetricsPath);
        }

        return app;
    }
}
