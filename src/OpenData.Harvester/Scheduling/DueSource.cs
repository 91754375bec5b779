using OpenData.Core.Model;
using OpenData.Harvester.Fetching;

namespace OpenData.Harvester.Scheduling;

/// <summary>A source that is due for a fetch, as the harvester needs it: where, what, and the validators to send.</summary>
public sealed record DueSource(
    int Id,
    string Key,
    Uri Url,
    SourceKind Kind,
    string Publisher,
    IReadOnlyList<string> Kommuner,
    Validators Validators)
{
    public string Host => Url.Host.ToLowerInvariant();
}
