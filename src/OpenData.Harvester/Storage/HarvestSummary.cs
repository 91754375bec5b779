namespace OpenData.Harvester.Storage;

/// <summary>What a harvest run did, counted by outcome.</summary>
public sealed class HarvestSummary
{
    public int Fetched { get; private set; }
    public int Unchanged { get; private set; }
    public int New { get; private set; }
    public int Changed { get; private set; }
    public int Failed { get; set; }
    public int Gone { get; set; }

    public void Count(IngestOutcome outcome)
    {
        Fetched++;
        switch (outcome)
        {
            case IngestOutcome.Unchanged: Unchanged++; break;
            case IngestOutcome.New: New++; break;
            case IngestOutcome.Changed: Changed++; break;
            case IngestOutcome.Failed: Failed++; break;
        }
    }

    public override string ToString() =>
        $"fetched {Fetched}, unchanged {Unchanged}, new {New}, changed {Changed}, failed {Failed}, gone {Gone}";
}
