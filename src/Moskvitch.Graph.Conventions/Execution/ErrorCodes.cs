namespace Moskvitch.Graph.Conventions;

/// <summary>
/// Every <c>extensions.code</c> the service gives (HotChocolate's <c>HC…</c> codes where HotChocolate has one), and the
/// one map from a code to the HTTP status of a response that carries it.
/// </summary>
public static class ErrorCodes
{
    // The request as HTTP: refused before anything is parsed.
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string InvalidContentType = "INVALID_CONTENT_TYPE";
    public const string UnsupportedContentEncoding = "UNSUPPORTED_CONTENT_ENCODING";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string RequestInvalid = "REQUEST_INVALID";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
    public const string JsonInvalid = "JSON_INVALID";
    public const string QueryMissing = "QUERY_MISSING";
    public const string BatchedRequestsNotSupported = "BATCHED_REQUESTS_NOT_SUPPORTED";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    // The gate: readiness, budgets, concurrency.
    public const string DatabaseUnavailable = "DB_UNAVAILABLE";
    public const string RateLimited = "RATE_LIMITED";
    public const string ServiceBusy = "SERVICE_BUSY";

    // The document, before it runs.
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxFields = "MAX_FIELDS";
    public const string MaxArguments = "MAX_ARGUMENTS";
    public const string MaxAliases = "MAX_ALIASES";
    public const string MaxRootFields = "MAX_ROOT_FIELDS";
    public const string MaxDirectives = "MAX_DIRECTIVES";
    public const string MaxSchemaFields = "MAX_SCHEMA_FIELDS";
    public const string OverlappingFields = "OVERLAPPING_FIELDS_CAN_BE_MERGED";
    public const string HttpMethod = "HTTP_METHOD_VALIDATION";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string CostExceeded = "HC0047";
    public const string IntrospectionNotAllowed = "HC0046";
    public const string IntrospectionTooDeep = "HC0086";
    public const string CostValidateOnly = "COST_VALIDATE_ONLY";
    public const string PersistedOperationNotFound = "HC0020";
    public const string PersistedQueryInvalid = "PERSISTED_QUERY_INVALID";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string DocumentIdInvalid = "DOCUMENT_ID_INVALID";
    public const string InvalidRequest = "INVALID_REQUEST";

    // Arguments, as fields resolve.
    public const string InvalidId = "INVALID_ID";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string InvalidCursor = "HC0078";
    public const string NegativePageSize = "HC0079";
    public const string PageSizeTooLarge = "HC0051";
    public const string FirstAndLast = "HC0082";
    public const string TooManyNodes = "HC0076";
    public const string NullNotSupported = "HC0026";
    public const string FilterTextTooLong = "FILTER_TEXT_TOO_LONG";
    public const string ListTooLong = "LIST_TOO_LONG";
    public const string TooManySortKeys = "TOO_MANY_SORT_KEYS";
    public const string PageSizeOutOfRange = "PAGE_SIZE_OUT_OF_RANGE";
    public const string DepthOutOfRange = "DEPTH_OUT_OF_RANGE";

    // What went wrong while running.
    public const string Timeout = "TIMEOUT";
    public const string Canceled = "HC0049";
    public const string Unexpected = "UNEXPECTED_ERROR";

    /// <summary>
    /// The status of a response whose first deciding error has <paramref name="code"/>, for a request that did not run:
    /// the gate's refusals and malformed requests have fixed statuses; any other error before execution is a request
    /// error, 400 with <c>application/graphql-response+json</c> and 200 with <c>application/json</c> (GraphQL over HTTP).
    /// </summary>
    public static int Status(string? code, bool graphQLResponse) => code switch
    {
        NotAcceptable => StatusCodes.Status406NotAcceptable,
        InvalidContentType or UnsupportedContentEncoding => StatusCodes.Status415UnsupportedMediaType,
        RequestTooLarge => StatusCodes.Status413PayloadTooLarge,
        RequestTimeout => StatusCodes.Status408RequestTimeout,
        RequestInvalid or JsonInvalid or QueryMissing or BatchedRequestsNotSupported or DocumentIdInvalid or InvalidRequest
            or PersistedQueryInvalid or PersistedQueryHashMismatch => StatusCodes.Status400BadRequest,
        DatabaseUnavailable or ServiceBusy => StatusCodes.Status503ServiceUnavailable,
        RateLimited => StatusCodes.Status429TooManyRequests,
        HttpMethod => StatusCodes.Status405MethodNotAllowed,
        _ => graphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
    };
}
