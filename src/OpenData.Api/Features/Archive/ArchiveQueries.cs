using Microsoft.EntityFrameworkCore;
using OpenData.Core.Storage;
using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Archive;

/// <summary>The archived bodies, by the SHA-256 every snapshot names.</summary>
public sealed class ArchiveQueries(ReadContexts contexts)
{
    /// <summary>The body with this hash, or null where none was archived.</summary>
    public async Task<ArchivedFile?> BySha256Async(string sha256, CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var content = await db.ArchivedBodies.AsNoTracking().Where(b => b.Sha256 == sha256).Select(b => b.Content).FirstOrDefaultAsync(ct);
        if (content is null)
        {
            return null;
        }
        var contentType = await db.Snapshots.AsNoTracking().Where(s => s.Sha256 == sha256).OrderBy(s => s.Id)
            .Select(s => s.ContentType).FirstOrDefaultAsync(ct);
        return new ArchivedFile(content, string.IsNullOrEmpty(contentType) ? null : contentType);
    }
}
