namespace OpenData.Ingest.Formats;

/// <summary>
/// One block of a document's text, in reading order: a heading, a paragraph or a list item. Every format reader
/// produces these, so that the normalisers never see HTML, PDF or line-wrapping.
/// </summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">The text, whitespace folded, without its list marker.</param>
/// <param name="Level">Nesting depth of a list item (0 outermost) or heading rank (1 for h1).</param>
/// <param name="Marker">The list marker as published ("•", "*", "-", "1.", "a)"), or null.</param>
public sealed record TextBlock(BlockKind Kind, string Text, int Level = 0, string? Marker = null)
{
    public bool IsNumbered => Marker is not null && ListMarker.IsNumber(Marker);

    /// <summary>A dash marker, which news also uses to open a quotation.</summary>
    public bool IsDashed => Marker is "-" or "–" or "—";

    public override string ToString() => Kind switch
    {
        BlockKind.Heading => $"# {Text}",
        BlockKind.ListItem => $"{new string(' ', Level * 2)}{Marker} {Text}",
        _ => Text,
    };
}
