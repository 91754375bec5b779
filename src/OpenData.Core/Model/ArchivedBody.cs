namespace OpenData.Core.Model;

/// <summary>
/// A fetched body, stored once by its SHA-256. It lives in the database beside the snapshot that brought it, so
/// that one transaction writes both and several API instances serve the same archive.
/// </summary>
public sealed class ArchivedBody
{
    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public long Length { get; set; }

    public DateTime StoredAt { get; set; }
}
