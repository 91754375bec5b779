namespace OpenData.Api.Features.Archive;

/// <summary>A fetched body as it was fetched, with the content type it was first served with (null where none was said).</summary>
public sealed record ArchivedFile(byte[] Content, string? ContentType);
