namespace OpenData.Ingest.Formats;

public enum BlockKind
{
    Heading,
    Paragraph,

    /// <summary>A bulleted or numbered item; its marker and nesting level are kept on the block.</summary>
    ListItem,
}
