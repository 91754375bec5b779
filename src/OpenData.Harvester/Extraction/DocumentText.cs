namespace OpenData.Harvester.Extraction;

/// <summary>What a format reader makes of a body: its own title where the format has one, and its blocks.</summary>
public sealed record DocumentText(DocumentFormat Format, string? Title, IReadOnlyList<TextBlock> Blocks);
