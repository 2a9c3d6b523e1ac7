using System.Globalization;
using Moskvitch.Graph.Data;

namespace Moskvitch.Graph.Api.Diagnostics;

/// <summary>
/// Opt-in, for the benchmark (<c>Diagnostics:SqlStatementHeader=true</c>; off by default): every response carries
/// <c>X-Sql-Statements</c>, the number of SQL statements EF Core sent while serving that request, counted by
/// <see cref="SqlStatementCounter"/> in a scope of the request's own, so it stays exact under concurrent requests.
/// </summary>
public static class SqlStatementHeader
{
    public const string HeaderName = "X-Sql-Statements";
    public const string Setting = "Diagnostics:SqlStatementHeader";

    /// <summary>Adds the header when the setting is true; does nothing otherwise.</summary>
    public static WebApplication UseSqlStatementHeaderWhenConfigured(this WebApplication app)
    {
        if (!app.Configuration.GetValue(Setting, false))
        {
            return app;
        }

        app.Use(async (http, next) =>
        {
            var count = SqlStatementCounter.CurrentOrBeginScope();
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[HeaderName] = Volatile.Read(ref count.Value).ToString(CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next(http);
        });
        return app;
    }
}
