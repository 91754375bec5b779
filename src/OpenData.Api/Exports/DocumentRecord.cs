using OpenData.Api.Features.Documents;

namespace OpenData.Api.Exports;

/// <summary>A document with the snapshot it was read from (the provenance every exported fact carries) and the people it names.</summary>
public sealed record DocumentRecord(DocumentView Document, IReadOnlyList<PersonView> People)
{
    public SnapshotView? Snapshot => Document.Snapshot;
}
