namespace OpenData.Api.Protection;

/// <summary>
/// What one client may ask of the API, bound from <c>OpenData:Api</c>. The defaults let every query in the README
/// through and refuse what would read the whole database through GraphQL (the exports are for that).
/// </summary>
public sealed class ApiLimits
{
    public const string Section = "OpenData:Api";

    /// <summary>Nested selections, counted as GraphQL.NET counts them (fields with sub-selections).</summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>
    /// The estimated number of fields a query resolves: each field counts once per item of every list above it,
    /// a list counted at its <c>first</c> or its expected size (see <see cref="ListSizes"/>).
    /// </summary>
    public int MaxComplexity { get; set; } = 5000;

    /// <summary>
    /// How deep a query of introspection may nest (`__schema`, `__type`): type references nest one `ofType` in
    /// another, so the standard introspection query goes deeper than data queries need to; its lists are bounded
    /// by <see cref="QueryBudget.MaxIntrospectionLists"/> instead.
    /// </summary>
    public int MaxIntrospectionDepth { get; set; } = 20;

    /// <summary>Fields, fragment spreads and inline fragments written in one document, counted before anything else.</summary>
    public int MaxSelections { get; set; } = 2000;

    /// <summary>
    /// Fragments defined in one document: the engine's validation compares fragments in pairs, so their number
    /// squared is the work (990 fragments took seconds); a query needs a handful.
    /// </summary>
    public int MaxFragments { get; set; } = 100;

    /// <summary>
    /// Fields a query resolves with every fragment spread where it is spread, whatever the lists hold: bounds the
    /// work of validation, which looks at each of them.
    /// </summary>
    public int MaxExpandedFields { get; set; } = 10000;

    /// <summary>
    /// Fields that answer at one place of the answer: those of one name in one selection (aliases and fragments
    /// included), with those of that name under every parent answering at the same place. The engine checks every
    /// pair of them can be merged, which grows with the square of their number.
    /// </summary>
    public int MaxFieldsOfOneName { get; set; } = 30;

    /// <summary>Validation errors reported for one document; the rest are summed up in one more (graphql-js stops at 100 too).</summary>
    public int MaxValidationErrors { get; set; } = 100;

    /// <summary>
    /// Values one answer may hold (every field of every item, and every item of every list), counted while it is
    /// resolved: the estimate expects lists of a usual size, this holds whatever the data really holds.
    /// </summary>
    public int MaxAnswerValues { get; set; } = 25000;

    /// <summary>Characters of text one answer may hold, counted while it is resolved.</summary>
    public int MaxAnswerCharacters { get; set; } = 4_000_000;

    /// <summary>The estimate (in fields) from which a query counts as heavy and waits for one of the few heavy slots.</summary>
    public int HeavyQueryCost { get; set; } = 1000;

    /// <summary>Heavy queries and export builds the whole service runs at once; the rest wait, light queries never do.</summary>
    public int MaxConcurrentHeavy { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Requests one client address may have running at once; a few more wait, then 429.</summary>
    public int MaxConcurrentPerClient { get; set; } = 4;

    /// <summary>The largest POST body to /graphql, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>How long one GraphQL request may run before it is stopped.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests per minute per client address, sustained; 0 turns rate limiting off (benchmarks).</summary>
    public int RequestsPerMinute { get; set; } = 300;

    /// <summary>Requests a client may make at once before the per-minute rate applies.</summary>
    public int Burst { get; set; } = 100;

    public static ApiLimits From(IConfiguration configuration)
    {
        var limits = configuration.GetSection(Section).Get<ApiLimits>() ?? new ApiLimits();
        int[] positive =
        [
            limits.MaxDepth, limits.MaxIntrospectionDepth, limits.MaxComplexity, limits.MaxSelections, limits.MaxFragments, limits.MaxExpandedFields,
            limits.MaxFieldsOfOneName, limits.MaxValidationErrors, limits.MaxAnswerValues, limits.MaxAnswerCharacters,
            limits.HeavyQueryCost, limits.MaxConcurrentHeavy, limits.MaxConcurrentPerClient, limits.Burst,
        ];
        if (positive.Any(limit => limit < 1) || limits.MaxRequestBytes < 1 || limits.ExecutionTimeout <= TimeSpan.Zero || limits.RequestsPerMinute < 0)
        {
            throw new InvalidOperationException($"{Section}: every limit must be positive (RequestsPerMinute may be 0 for none).");
        }
        return limits;
    }
}
