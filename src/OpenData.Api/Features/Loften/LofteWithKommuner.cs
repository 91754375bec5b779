using OpenData.Api.Features.Kommuner;

namespace OpenData.Api.Features.Loften;

/// <summary>A löfte and the kommuner that signed it, in code order, read together.</summary>
public sealed record LofteWithKommuner(LofteView Lofte, IReadOnlyList<KommunView> Kommuner);
