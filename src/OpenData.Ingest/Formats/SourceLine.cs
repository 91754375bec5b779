namespace OpenData.Ingest.Formats;

/// <summary>
/// One line of a line-oriented source (a text dump, or a PDF's text layer) before it is read into blocks.
/// </summary>
/// <param name="Text">The line as published, list marker included.</param>
/// <param name="Indent">How far the line stands in from the left margin, in character widths.</param>
/// <param name="RunsOn">The layout says the line before ran to the right margin, so this one continues it.</param>
/// <param name="Emphasised">Set in bold or a larger size than the body text: a heading where it is short.</param>
public sealed record SourceLine(string Text, int Indent = 0, bool RunsOn = false, bool Emphasised = false)
{
    public static SourceLine Blank { get; } = new("");

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
