using System.Text.Json;

namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>Reads a whole cursor connection, page after page, for tests that need every row of one longer than a page.</summary>
public static class Paging
{
    /// <summary>The largest page a connection gives (<c>first</c> beyond it is refused).</summary>
    public const int PageSize = 50;

    /// <summary>Pages read before giving up on a connection whose end never comes.</summary>
    private const int MaxPages = 100;

    /// <summary>
    /// Every node of the connection at the dotted <paramref name="path"/> of the answer (e.g. <c>models</c>), reading
    /// pages until <c>hasNextPage</c> is false. <paramref name="query"/> declares <c>$after: String</c>, passes it with
    /// <c>first: 50</c> to that connection and selects its <c>nodes</c> and <c>pageInfo { hasNextPage endCursor }</c>.
    /// </summary>
    public static Task<JsonElement[]> AllNodesAsync(this ApiFixture api, string query, string path, object? variables = null) =>
        AllNodesAsync(arguments => api.DataAsync(query, arguments), path, variables);

    /// <summary>
    /// As the overload over an <see cref="ApiFixture"/>, for any client: <paramref name="data"/> sends the query with the
    /// variables it is given (<c>after</c> among them) and returns the answer's <c>data</c>.
    /// </summary>
    public static async Task<JsonElement[]> AllNodesAsync(
        Func<IReadOnlyDictionary<string, object?>, Task<JsonElement>> data, string path, object? variables = null)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (variables is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(variables).EnumerateObject())
            {
                arguments[property.Name] = property.Value;
            }
        }

        var nodes = new List<JsonElement>();
        string? after = null;
        for (var pages = 1; ; pages++)
        {
            arguments["after"] = after;
            var connection = await data(arguments);
            foreach (var name in path.Split('.'))
            {
                connection = connection.GetProperty(name);
            }

            nodes.AddRange(connection.GetProperty("nodes").EnumerateArray());
            var pageInfo = connection.GetProperty("pageInfo");
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                return [.. nodes];
            }

            var next = pageInfo.GetProperty("endCursor").GetString();
            Assert.False(string.IsNullOrEmpty(next), $"{path}: hasNextPage without an endCursor");
            Assert.NotEqual(after, next);
            Assert.True(pages < MaxPages, $"{path}: still more after {pages} pages");
            after = next;
        }
    }
}
