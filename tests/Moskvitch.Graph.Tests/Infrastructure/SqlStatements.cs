using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Data;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>
/// The one way the tests count the SQL statements a service sends: its <see cref="SqlStatementCounter"/> before and
/// after. A test class's tests run one at a time against their own service, so what is counted is the request's.
/// </summary>
public static class SqlStatements
{
    /// <summary>What <paramref name="run"/> returns, and how many SQL statements the service sent while it ran.</summary>
    public static async Task<(T Result, int Statements)> CountAsync<T>(IServiceProvider services, Func<Task<T>> run)
    {
        var counter = services.GetRequiredService<SqlStatementCounter>();
        var before = counter.Count;
        var result = await run();
        return (result, (int)(counter.Count - before));
    }

    /// <summary>Sends a request, reads the answer's body, and counts the SQL statements the service sent meanwhile.</summary>
    public static async Task<(HttpResponseMessage Response, string Body, int Statements)> SendAsync(IServiceProvider services, Func<Task<HttpResponseMessage>> send)
    {
        var ((response, body), statements) = await CountAsync(services, async () =>
        {
            var response = await send();
            return (response, await response.Content.ReadAsStringAsync());
        });
        return (response, body, statements);
    }

    /// <summary>The text of the last statements the service sent (the counter keeps 16), oldest first.</summary>
    public static IReadOnlyList<string> Recent(IServiceProvider services) =>
        services.GetRequiredService<SqlStatementCounter>().Recent;
}
