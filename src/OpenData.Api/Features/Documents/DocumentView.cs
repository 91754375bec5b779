using OpenData.Core.Model;

namespace OpenData.Api.Features.Documents;

/// <summary>A document as the API shows it: what one snapshot said.</summary>
public sealed record DocumentView(int Id, DocumentKind Kind, string Title, DateOnly? Published, string? Url, long SnapshotId, DateTime ReadAt, string ExtractorVersion);
