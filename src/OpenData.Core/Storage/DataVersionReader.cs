using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;

namespace OpenData.Core.Storage;

/// <summary>
/// Reads the <see cref="DataVersion"/> as it is committed now: one primary-key lookup, compiled once, so that a
/// reader can afford it for every request and N instances behind a balancer agree on it without talking.
/// </summary>
public sealed class DataVersionReader(IDbContextFactory<OpenDataContext> contexts)
{
    // Per instance, not static: a compiled query belongs to one model, and each provider has its own.
    private readonly Func<OpenDataContext, CancellationToken, Task<DataVersion?>> _current =
        EF.CompileAsyncQuery((OpenDataContext db, CancellationToken ct) => db.DataVersions.AsNoTracking().FirstOrDefault(v => v.Id == DataVersion.RowId));

    /// <summary>The current stamp (0 on a database no save has written since its migration).</summary>
    public async Task<DataVersion> ReadAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await _current(db, ct)
            ?? throw new InvalidOperationException("The database has no DataVersion row: it is older than this service's migrations (Issue20DataVersion).");
    }
}
