namespace OpenData.Ingest.Formats;

/// <summary>Turns the bytes of one format into blocks of text.</summary>
public interface IFormatReader
{
    DocumentFormat Format { get; }

    /// <summary>Reads <paramref name="body"/>; throws <see cref="UnreadableDocumentException"/> when it cannot.</summary>
    DocumentText Read(byte[] body, string? contentType);
}
