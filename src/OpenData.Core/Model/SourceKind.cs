namespace OpenData.Core.Model;

public enum SourceKind
{
    /// <summary>A kommun's löfte page on polisen.se.</summary>
    PolisenLoftePage,

    /// <summary>A news item on polisen.se.</summary>
    PolisenNews,

    /// <summary>A page on a kommun's own site.</summary>
    KommunPage,

    /// <summary>A document (PDF) linked from a registered page.</summary>
    LinkedDocument,

    /// <summary>A document (PDF) registered by its own address.</summary>
    PublishedDocument,

    /// <summary>A host's robots.txt: fetched and kept like any page, so that its rules are cached between runs.</summary>
    RobotsTxt,

    /// <summary>A page recorded before the harvester existed, shipped in data/archive.</summary>
    Recorded,

    /// <summary>
    /// An address discovery asked (another polisen.se pattern, a sitemap): kept with its answer so that it is not
    /// asked again soon, and so that "none found after trying" can be told from "not tried yet".
    /// </summary>
    DiscoveryProbe,
}
