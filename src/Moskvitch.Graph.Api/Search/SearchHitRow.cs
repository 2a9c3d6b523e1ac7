namespace Moskvitch.Graph.Api.Search;

/// <summary>One hit of a search, as the <c>search_graph()</c> SQL function returns it.</summary>
public sealed record SearchHitRow(string Kind, int Id, float Rank);
