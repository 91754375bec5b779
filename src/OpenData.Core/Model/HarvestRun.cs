namespace OpenData.Core.Model;

/// <summary>One run of the harvester, with what it did; the newest tells /healthz how fresh the data is.</summary>
public sealed class HarvestRun
{
    public int Id { get; set; }

    /// <summary>offline or live.</summary>
    public required string Mode { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public int Fetched { get; set; }

    public int Unchanged { get; set; }

    public int New { get; set; }

    public int Changed { get; set; }

    public int Failed { get; set; }

    public int Gone { get; set; }
}
