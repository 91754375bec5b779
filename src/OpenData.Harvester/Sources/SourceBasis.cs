namespace OpenData.Harvester.Sources;

/// <summary>
/// Why the registry holds an address. The census saw public copies of pages, not the live sites, so an address seen
/// there is "seen-published", never verified: it may have moved since.
/// </summary>
public static class SourceBasis
{
    /// <summary>Seen holding a löfte in a public copy of the page (the census); the years it showed go with it.</summary>
    public const string SeenPublished = "seen-published";

    /// <summary>Made by a pattern, kept only for a kommun where nothing was seen.</summary>
    public const string Guess = "guess";

    /// <summary>Found by the harvester's discovery (a pattern that answered, a sitemap, a link from a löfte page).</summary>
    public const string Discovered = "discovered";

    public static IReadOnlyList<string> All { get; } = [SeenPublished, Guess, Discovered];
}

/// <summary>How an address was found, the registry's <c>foundBy</c>.</summary>
public static class FoundBy
{
    public const string Census = "census";
    public const string SlugRule = "slug-rule";
    public const string GuessedPath = "guessed-path";
    public const string PolisenPattern = "polisen-pattern";
    public const string Sitemap = "sitemap";
    public const string LinkedPage = "linked-page";
    public const string Redirect = "redirect";
}
