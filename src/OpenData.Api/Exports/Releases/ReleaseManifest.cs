namespace OpenData.Api.Exports.Releases;

/// <summary>
/// What a release is, kept beside its files as release.json and served in the index: when it was published, which
/// data state it holds (the data version's stamp and when that data was saved; the year its statuses were counted
/// in), the extractor versions that read it, the fingerprint of its facts, and each file with its size, SHA-256 and
/// row counts. Written once, with the files, and never changed.
/// </summary>
public sealed record ReleaseManifest(
    string Id, DateTime ReleasedAt, string DataVersion, DateTime DataChangedAt, int StatusYear,
    IReadOnlyList<string> ExtractorVersions, string Fingerprint, IReadOnlyList<ReleaseFile> Files);

/// <summary>
/// One file of a release. <see cref="Rows"/> counts its records (CSV rows without the header, JSON lines); a SQLite
/// file counts rows per table in <see cref="Tables"/>.
/// </summary>
public sealed record ReleaseFile(string Name, string MediaType, long Bytes, string Sha256, int? Rows = null, IReadOnlyDictionary<string, int>? Tables = null);
