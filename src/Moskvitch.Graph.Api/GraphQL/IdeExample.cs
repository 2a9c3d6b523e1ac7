namespace Moskvitch.Graph.Api.GraphQL;

/// <summary>The query the IDE's page opens on.</summary>
public static class IdeExample
{
    public const string Document = """
        # Moskvitch Graph: press Ctrl+Alt+Enter (or Run) to send this query.
        {
          models(first: 50) {
            nodes {
              name
              yearFrom
              yearTo
            }
            pageInfo {
              hasNextPage
              endCursor
            }
            totalCount
          }
        }

        """;
}
