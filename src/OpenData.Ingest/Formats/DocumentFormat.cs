namespace OpenData.Ingest.Formats;

/// <summary>The formats löften are published in: web pages, PDFs, and plain-text dumps of pages.</summary>
public enum DocumentFormat
{
    Text,
    Html,
    Pdf,
}
