namespace OpenData.Ingest.Formats;

/// <summary>
/// A link as the page writes it: the href unresolved (the page's address is the caller's) and what a reader sees of
/// it (its text and title). Read in the same parse as the blocks, so a page is parsed once.
/// </summary>
public sealed record PageLink(string Href, string Label);
