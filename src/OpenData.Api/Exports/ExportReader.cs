using OpenData.Api.Features.FollowUps;
using System.Runtime.CompilerServices;
using OpenData.Api.Features.Documents;
using OpenData.Api.Features.Loften;
using OpenData.Api.Features.Promises;

namespace OpenData.Api.Exports;

/// <summary>
/// Walks every löfte with everything the exports carry, a batch at a time, so that a bulk file of any size is read
/// in bounded memory with a fixed number of queries per batch. Withdrawn promises are included, marked.
/// </summary>
public sealed class ExportReader(LofteQueries loften, PromiseQueries promises, DocumentQueries documents, FollowUpQueries followUps)
{
    private const int BatchSize = 200;

    public async IAsyncEnumerable<LofteRecord> ReadAllAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var afterId = 0;
        while (await loften.BatchAfterAsync(afterId, BatchSize, ct) is { Count: > 0 } batch)
        {
            foreach (var record in await ReadAsync(batch, ct))
            {
                yield return record;
            }
            afterId = batch[^1].Id;
        }
    }

    private async Task<IReadOnlyList<LofteRecord>> ReadAsync(IReadOnlyList<LofteView> batch, CancellationToken ct)
    {
        var ids = batch.Select(l => l.Id).ToList();
        var kommuner = await loften.KommunerOfAsync(ids, ct);
        var areas = await loften.LokalpolisomradenOfAsync(ids, ct);
        var lofteDocuments = await documents.OfLoftenAsync(ids, ct);
        var promisesOf = await promises.OfLoftenAsync(ids, ct, withWithdrawn: true);
        var promiseIds = promisesOf.SelectMany(g => g).Select(p => p.Id).ToList();
        var parts = await promises.PartsOfAsync(promiseIds, PromisePart.All, ct);
        var reports = await followUps.OfPromisesAsync(promiseIds, ct);

        var sourceIds = promisesOf.SelectMany(g => g).Select(p => p.DocumentId).Except(lofteDocuments.SelectMany(g => g).Select(d => d.Id));
        var allDocuments = lofteDocuments.SelectMany(g => g).DistinctBy(d => d.Id).ToDictionary(d => d.Id);
        foreach (var (id, document) in await documents.ByIdsAsync(sourceIds, ct))
        {
            allDocuments[id] = document;
        }
        var people = await documents.PeopleOfAsync(allDocuments.Keys, ct);
        DocumentRecord WithPeople(DocumentView d) => new(d, people[d.Id].ToList());

        return batch.Select(lofte => new LofteRecord(
                lofte,
                kommuner[lofte.Id].ToList(),
                areas[lofte.Id].ToList(),
                lofteDocuments[lofte.Id].Select(WithPeople).ToList(),
                promisesOf[lofte.Id].Select(p => new PromiseRecord(
                    p, [.. parts[p.Id].Actors], [.. parts[p.Id].Themes], [.. parts[p.Id].Targets],
                    allDocuments.TryGetValue(p.DocumentId, out var source) ? WithPeople(source) : null,
                    reports[p.Id].ToList())).ToList()))
            .ToList();
    }
}
