using OpenData.Api.Features.Kommuner;

namespace OpenData.Api.Features.Loften;

/// <summary>A kommun and all its löften, newest period first, read together.</summary>
public sealed record KommunWithLoften(KommunView Kommun, IReadOnlyList<LofteView> Loften);
