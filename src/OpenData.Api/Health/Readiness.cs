namespace OpenData.Api.Health;

/// <summary>
/// Whether this instance is ready for readers: /healthz answers 503 "starting" while it is not. Ready unless the
/// start-up holds it back (the warm-up, <c>Startup/QueryWarmUp</c>), so a host that never does stays ready.
/// </summary>
public sealed class Readiness
{
    private volatile bool _ready = true;

    public bool IsReady => _ready;

    public void HoldBack() => _ready = false;

    public void Release() => _ready = true;
}
