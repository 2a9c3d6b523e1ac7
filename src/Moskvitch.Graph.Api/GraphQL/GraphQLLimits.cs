namespace Moskvitch.Graph.Api.GraphQL;

/// <summary>The request limits, configurable under <c>GraphQL:Limits</c> (e.g. <c>GraphQL__Limits__MaxAliases=50</c>).</summary>
public sealed class GraphQLLimits
{
    public const string Section = "GraphQL:Limits";

    /// <summary>Largest request body, in bytes (413 beyond).</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Largest GraphQL document, in characters (400 <c>DOCUMENT_TOO_LARGE</c> beyond).</summary>
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>Deepest nesting the parser accepts (400 <c>MAX_DEPTH_EXCEEDED</c> beyond).</summary>
    public int MaxParserDepth { get; set; } = 64;

    /// <summary>Deepest selection set outside introspection (400 <c>COMPLEXITY</c> beyond).</summary>
    public int MaxSelectionDepth { get; set; } = 15;

    /// <summary>Most aliased fields in one document (400 <c>MAX_ALIASES</c> beyond).</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most root fields in one operation (400 <c>MAX_ROOT_FIELDS</c> beyond); as many as aliases, so that 30 aliased lookups pass.</summary>
    public int MaxRootFields { get; set; } = 30;

    /// <summary>Most directives in one document (400 <c>MAX_DIRECTIVES</c> beyond).</summary>
    public int MaxDirectives { get; set; } = 50;

    /// <summary>Most errors returned for a rejected document.</summary>
    public int MaxErrors { get; set; } = 5;

    /// <summary>Page size of a connection field given neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Largest <c>first</c>/<c>last</c> a connection field accepts (<c>HC0051</c> beyond).</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Longest execution before the request ends with <c>TIMEOUT</c>, in seconds.</summary>
    public int ExecutionTimeoutSeconds { get; set; } = 10;
}
