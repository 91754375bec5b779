using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Loften;

namespace OpenData.Api.Exports;

/// <summary>A löfte with everything the exports carry: its kommuner and areas, the documents that state it, every promise.</summary>
public sealed record LofteRecord(
    LofteView Lofte,
    IReadOnlyList<KommunView> Kommuner,
    IReadOnlyList<LokalpolisomradeView> Lokalpolisomraden,
    IReadOnlyList<DocumentRecord> Documents,
    IReadOnlyList<PromiseRecord> Promises);
