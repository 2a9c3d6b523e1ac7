using Microsoft.EntityFrameworkCore;
using Moskvitch.Graph.Data;

namespace Moskvitch.Graph.Api.Database;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/health</c> and <c>/health/ready</c>: 200 when the database is migrated and answers, else 503.
    /// <c>/health/live</c>: 200 while the process runs.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Json(new { status = "live" }));
        app.MapGet("/health", ReadyAsync);
        app.MapGet("/health/ready", ReadyAsync);
        return app;
    }

    private static async Task<IResult> ReadyAsync(DatabaseConnectionState endpoint, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!endpoint.IsReady)
        {
            return Results.Json(new { status = "starting", database = "not ready" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            var factory = services.GetRequiredService<IDbContextFactory<MoskvitchDbContext>>();
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var models = await db.Models.CountAsync(cancellationToken);
            return Results.Json(new { status = "ready", database = "up", mode = endpoint.Mode, schema = DatabaseMigrator.LatestScript, models });
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return Results.Json(new { status = "unavailable", database = "down" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
