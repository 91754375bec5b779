namespace OpenData.Harvester.Fetching;

/// <summary>
/// How the harvester behaves on the web, bound from the configuration section <c>Harvester</c>
/// (appsettings, environment variables such as <c>Harvester__Contact</c>). The defaults are the polite ones.
/// </summary>
public sealed class HarvesterOptions
{
    public const string Section = "Harvester";

    public static readonly IReadOnlyList<string> DefaultContentTypes =
        ["text/html", "application/xhtml+xml", "application/pdf", "text/plain"];

    /// <summary>The product token of the User-Agent, and the name robots.txt groups are matched against.</summary>
    public string Product { get; set; } = "OpenDataMedborgarloften";

    public string ProductVersion { get; set; } = "1.0";

    /// <summary>
    /// Where a site owner reaches the operator (a mailto: or https: address). Required for live harvesting:
    /// polisen.se answers requests without one with 403.
    /// </summary>
    public string Contact { get; set; } = "";

    public string UserAgent => $"{Product}/{ProductVersion} (+{Contact})";

    /// <summary>Off by default: never connect to loopback, private or link-local addresses (SSRF). For tests and a local mirror.</summary>
    public bool AllowPrivateAddresses { get; set; }

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, on network errors, timeouts, 408, 429 and 5xx.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; each further retry doubles it, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A Retry-After longer than this is obeyed (the host waits) but the request is not retried in this run.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The most bytes read off the wire for one response.</summary>
    public long MaxBodyBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>The most bytes a compressed response may unpack to (a gzip bomb stops here).</summary>
    public long MaxDecompressedBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Media types accepted for pages and documents; null means <see cref="DefaultContentTypes"/>.</summary>
    public string[]? ContentTypes { get; set; }

    public IReadOnlyList<string> AllowedContentTypes => ContentTypes is { Length: > 0 } types ? types : DefaultContentTypes;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>How long a host's robots.txt is trusted before it is fetched again (RFC 9309 suggests at most 24 hours).</summary>
    public TimeSpan RobotsCacheFor { get; set; } = TimeSpan.FromHours(24);

    public CircuitBreakerSettings CircuitBreaker { get; set; } = new();

    /// <summary>Hosts without a policy of their own: robots.txt's Crawl-delay if it asks for more, else this.</summary>
    public HostPolicy DefaultHost { get; set; } = new() { MinDelay = TimeSpan.FromSeconds(5) };

    /// <summary>Policies by host; a policy for "polisen.se" covers its subdomains and they share its budget.</summary>
    public Dictionary<string, HostPolicy> Hosts { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        // polisen.se's rules for its open data: at least 10 s apart, at most 60 an hour and 1,440 a day.
        ["polisen.se"] = new() { MinDelay = TimeSpan.FromSeconds(10), PerHour = 60, PerDay = 1440 },
    };

    /// <summary>A live run stops starting requests after this long; what is left is due next run.</summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A live run sends at most this many requests (0: no limit but the hosts' own budgets).</summary>
    public int MaxRequests { get; set; }

    /// <summary>How many hosts are worked on at once; each host still gets one request at a time.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>After a failed fetch the source is due again after this, doubled per consecutive failure, at most its check interval.</summary>
    public TimeSpan FailureBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A source that answered 404 or 410 is looked at again this seldom, in case it comes back.</summary>
    public TimeSpan GoneRecheckEvery { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The policy for a host, and the key its budget is kept under.</summary>
    public (string Key, HostPolicy Policy, bool Configured) PolicyFor(string host)
    {
        host = host.ToLowerInvariant();
        foreach (var (domain, policy) in Hosts.OrderByDescending(h => h.Key.Length))
        {
            var key = domain.ToLowerInvariant();
            if (host == key || host.EndsWith("." + key, StringComparison.Ordinal))
            {
                return (key, policy, true);
            }
        }
        return (host, DefaultHost, false);
    }

    /// <summary>What stops a live run from starting: a missing contact, limits that make no sense.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Contact))
        {
            problems.Add($"{Section}:Contact is not set: the User-Agent must name a contact site owners can reach (a mailto: or https: address)");
        }
        if (string.IsNullOrWhiteSpace(Product) || Product.Any(c => char.IsWhiteSpace(c) || c == '/'))
        {
            problems.Add($"{Section}:Product must be one token (letters, digits, '-', '_')");
        }
        if (AttemptTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{Section}:AttemptTimeout must be positive");
        }
        if (MaxRetries < 0 || MaxRedirects < 0 || Concurrency < 1)
        {
            problems.Add($"{Section}: MaxRetries and MaxRedirects must be 0 or more, Concurrency 1 or more");
        }
        if (MaxBodyBytes <= 0 || MaxDecompressedBytes <= 0)
        {
            problems.Add($"{Section}: MaxBodyBytes and MaxDecompressedBytes must be positive");
        }
        foreach (var (host, policy) in Hosts.Append(new("(default)", DefaultHost)))
        {
            if (policy.MinDelay < TimeSpan.Zero || policy.PerHour < 0 || policy.PerDay < 0)
            {
                problems.Add($"{Section}:Hosts:{host}: MinDelay, PerHour and PerDay cannot be negative");
            }
        }
        return problems;
    }
}
