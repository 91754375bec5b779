namespace OpenData.Ingest.Formats;

/// <summary>A body that holds no readable text: binary junk, a PDF without a text layer, a damaged file.</summary>
public sealed class UnreadableDocumentException(string message, Exception? inner = null) : Exception(message, inner);
