namespace OpenData.Harvester.Discovery;

/// <summary>How much discovery may ask, per kommun and per host, on top of the hosts' own budgets.</summary>
public sealed record DiscoverySettings
{
    /// <summary>polisen.se; a loopback stand-in in tests.</summary>
    public Uri PolisenRoot { get; init; } = new("https://polisen.se/");

    /// <summary>polisen.se addresses tried per kommun in one run; the next run tries the next ones.</summary>
    public int ProbesPerKommun { get; init; } = 3;

    /// <summary>Requests to one kommun host: robots.txt, sitemaps and linked pages together.</summary>
    public int RequestsPerHost { get; init; } = 5;

    /// <summary>Addresses found in one host's sitemaps that are kept (the most a kommun publishes löften under).</summary>
    public int FoundPerHost { get; init; } = 10;

    /// <summary>An address that was asked is not asked again for this long.</summary>
    public TimeSpan AskAgainAfter { get; init; } = TimeSpan.FromDays(90);

    /// <summary>Try www.&lt;kommun&gt;.se for a kommun with no kommun-site address in the registry.</summary>
    public bool GuessKommunHosts { get; init; } = true;

    /// <summary>Only these kommuner (kommunkoder); null: every kommun that needs it.</summary>
    public IReadOnlySet<string>? Kommuner { get; init; }

    /// <summary>The year against which a seen page counts as current: a löfte seen for this year or the last.</summary>
    public int ThisYear { get; init; } = DateTime.UtcNow.Year;

    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromHours(1);

    public int MaxRequests { get; init; }
}
