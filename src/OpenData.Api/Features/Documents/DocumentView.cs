using OpenData.Core.Model;

namespace OpenData.Api.Features.Documents;

/// <summary>
/// A document as the API shows it: what one snapshot said. ChangedAt is when the content it reads was fetched: a
/// source's unchanged content makes no new document, so that is when this data came to be.
/// </summary>
public sealed record DocumentView(int Id, DocumentKind Kind, string Title, DateOnly? Published, string? Url, long SnapshotId, DateTime ReadAt, string ExtractorVersion, DateTime ChangedAt);
