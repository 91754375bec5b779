namespace OpenData.Core.Model;

/// <summary>One address the harvester reads, and what it is about. The registry (data/sources.json) defines it.</summary>
public sealed class Source
{
    public int Id { get; set; }

    /// <summary>A stable key from the registry ("polisen/asele"), or "recorded/…" for the shipped archive.</summary>
    public required string Key { get; set; }

    /// <summary>The address; null only for recorded pages whose address is not known.</summary>
    public string? Url { get; set; }

    /// <summary>Lower-case host of <see cref="Url"/>, for per-host budgets.</summary>
    public string? Host { get; set; }

    public SourceKind Kind { get; set; }

    /// <summary>Who publishes the address ("Polisen", "Svalövs kommun").</summary>
    public required string Publisher { get; set; }

    public SourceStatus Status { get; set; } = SourceStatus.Active;

    /// <summary>
    /// Why the registry holds the address: "seen-published" (seen with a löfte in a public copy), "guess" (made by a
    /// pattern), "discovered" (found by the harvester); null for recorded pages and linked documents.
    /// </summary>
    public string? Basis { get; set; }

    /// <summary>How it was found: "census", "slug-rule", "polisen-pattern", "sitemap", "linked-page" and so on.</summary>
    public string? FoundBy { get; set; }

    /// <summary>The löfte periods a seen address showed, ';'-separated as the census gives them ("2019-2020;2021").</summary>
    public string? SeenYears { get; set; }

    /// <summary>The part of a kommun a page is for ("kungsholmen"), where it is for a part only.</summary>
    public string? Area { get; set; }

    /// <summary>How often the address is checked for changes.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The page this document was linked from, for a PDF found on a registered page.</summary>
    public int? LinkedFromId { get; set; }

    public Source? LinkedFrom { get; set; }

    public DateTime? NextDueAt { get; set; }

    public DateTime? LastFetchedAt { get; set; }

    /// <summary>Validators of the last good response, sent back as If-None-Match / If-Modified-Since.</summary>
    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    public int ConsecutiveFailures { get; set; }

    public string? LastError { get; set; }

    public List<SourceKommun> Kommuner { get; } = [];

    public List<Snapshot> Snapshots { get; } = [];
}

/// <summary>A kommun that a source is about.</summary>
public sealed class SourceKommun
{
    public int SourceId { get; set; }

    public required string KommunCode { get; set; }

    public Kommun? Kommun { get; set; }
}
