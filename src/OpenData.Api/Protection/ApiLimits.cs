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
        if (limits.MaxDepth < 1 || limits.MaxComplexity < 1 || limits.MaxRequestBytes < 1 || limits.ExecutionTimeout <= TimeSpan.Zero ||
            limits.RequestsPerMinute < 0 || limits.Burst < 1)
        {
            throw new InvalidOperationException($"{Section}: every limit must be positive (RequestsPerMinute may be 0 for none).");
        }
        return limits;
    }
}
