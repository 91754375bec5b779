using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Ingest.Storage;

/// <summary>Fetched bodies are kept once by their SHA-256, however many snapshots read the same bytes.</summary>
public static class BodyArchive
{
    public static async Task StoreOnceAsync(OpenDataContext db, string sha256, byte[] content, DateTime now, CancellationToken ct)
    {
        if (!await db.ArchivedBodies.AnyAsync(b => b.Sha256 == sha256, ct))
        {
            db.ArchivedBodies.Add(new ArchivedBody { Sha256 = sha256, Content = content, Length = content.LongLength, StoredAt = now });
        }
    }
}
