using OpenData.Api.Features.Documents;
using OpenData.Api.Features.Kommuner;

namespace OpenData.Api.Features.Loften;

/// <summary>
/// A kommun and all its löften, newest period first, read together; with each löfte's documents where the read asked
/// for them too (null where it did not; a löfte without documents has an empty list).
/// </summary>
public sealed record KommunWithLoften(KommunView Kommun, IReadOnlyList<LofteView> Loften, IReadOnlyDictionary<int, IReadOnlyList<DocumentView>>? Documents);
