namespace OpenData.Ingest.Formats;

/// <summary>
/// What a format reader makes of a body: its own title where the format has one, its blocks, what the reader had to
/// leave aside (a page cut short because it was far longer than any löfte), and the links a web page holds.
/// </summary>
public sealed record DocumentText(DocumentFormat Format, string? Title, IReadOnlyList<TextBlock> Blocks, IReadOnlyList<string>? Warnings = null)
{
    public IReadOnlyList<PageLink> Links { get; init; } = [];
}
