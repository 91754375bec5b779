using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Documents;

/// <summary>A request's batch loaders for documents (each with its snapshot) and the people they name, by key.</summary>
public sealed class DocumentLoaders(DocumentQueries documents)
{
    public BatchLoader<int, DocumentView> Document { get; } = new(async (keys, ct) => await documents.ByIdsAsync(keys, ct));

    public BatchLoader<int, IReadOnlyList<DocumentView>> DocumentsOfLofte { get; } = new(async (keys, ct) => (await documents.OfLoftenAsync(keys, ct)).AsLists(), []);

    /// <summary>A snapshot a change row names (a document's own comes with it).</summary>
    public BatchLoader<long, SnapshotView> Snapshot { get; } = new(async (keys, ct) => await documents.SnapshotsByIdsAsync(keys, ct));

    public BatchLoader<int, IReadOnlyList<PersonView>> PeopleOfDocument { get; } = new(async (keys, ct) => (await documents.PeopleOfAsync(keys, ct)).AsLists(), []);
}
