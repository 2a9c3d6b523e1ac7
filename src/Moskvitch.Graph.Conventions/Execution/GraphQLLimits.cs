namespace Moskvitch.Graph.Conventions;

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

    /// <summary>Most fields and fragment spreads in one document (400 <c>MAX_FIELDS</c> beyond, before validation).</summary>
    public int MaxFields { get; set; } = 500;

    /// <summary>
    /// Most arguments, variable definitions, variable uses and input-object fields in one document (400
    /// <c>MAX_ARGUMENTS</c> beyond, before validation): validation reports an error per offending one, and each error's
    /// line and column cost a scan of the document.
    /// </summary>
    public int MaxArguments { get; set; } = 500;

    /// <summary>
    /// Total length, in characters, of the validated documents kept parsed for reuse (0 turns the cache off). A
    /// document seen before skips parsing and the document-only validation rules.
    /// </summary>
    public int DocumentCacheCharacters { get; set; } = 1_000_000;

    /// <summary>
    /// Results of root <c>totalCount</c>s and searches kept for reuse while the data is unchanged (0 turns the cache
    /// off); see <see cref="SnapshotCache"/>.
    /// </summary>
    public int ResultCacheEntries { get; set; } = 10_000;

    /// <summary>
    /// Whether a query operation the service can answer with one SQL statement that writes its JSON (see
    /// <see cref="Direct.DirectPlan"/>) is answered that way; false sends every operation through field execution.
    /// </summary>
    public bool DirectExecution { get; set; } = true;

    /// <summary>Most errors returned for a rejected document.</summary>
    public int MaxErrors { get; set; } = 5;

    /// <summary>Page size of a connection field given neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>
    /// Largest <c>first</c>/<c>last</c> a connection field accepts (<c>HC0051</c> beyond); also the page size cost analysis
    /// assumes for a connection given neither (HotChocolate's <c>assumedSize</c>).
    /// </summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Longest execution before the request ends with <c>TIMEOUT</c>, in seconds.</summary>
    public int ExecutionTimeoutSeconds { get; set; } = 10;

    /// <summary>Highest field cost an operation may have (400 <c>HC0047</c> beyond; see <see cref="CostAnalyzer"/>).</summary>
    public int MaxFieldCost { get; set; } = 10_000;

    /// <summary>Highest type cost (objects returned) an operation may have (400 <c>HC0047</c> beyond).</summary>
    public int MaxTypeCost { get; set; } = 10_000;

    /// <summary>The length cost analysis assumes for a plain list field that says nothing of its size.</summary>
    public int AssumedListSize { get; set; } = 10;

    /// <summary>
    /// Whether introspection (<c>__schema</c>, <c>__type</c>) is allowed; on by default for the IDE. Off: 400 <c>HC0046</c>,
    /// and validation messages carry no "Did you mean …" suggestions.
    /// </summary>
    public bool Introspection { get; set; } = true;

    /// <summary>Deepest <c>ofType</c> nesting in an introspection query (400 <c>HC0086</c> beyond).</summary>
    public int MaxIntrospectionOfTypeDepth { get; set; } = 16;

    /// <summary>How often <c>fields</c>, <c>inputFields</c>, <c>interfaces</c> or <c>possibleTypes</c> may each recur on one introspection path (400 <c>HC0086</c> beyond).</summary>
    public int MaxIntrospectionListRecursion { get; set; } = 1;

    /// <summary>Longest HTTP request line (method, URL, version), in bytes (Kestrel: 414 beyond).</summary>
    public int MaxRequestLineBytes { get; set; } = 8 * 1024;

    /// <summary>Largest total size of the request headers, in bytes (Kestrel: 431 beyond).</summary>
    public int MaxRequestHeadersBytes { get; set; } = 32 * 1024;

    /// <summary>Time a client has to send all request headers, in seconds (Kestrel closes the connection after).</summary>
    public int RequestHeadersTimeoutSeconds { get; set; } = 10;
}
