
namespace OpenData.Ingest.Storage;

/// <summary>What a harvest run did, counted by outcome.</summary>
public sealed class HarvestSummary
{
    public int Fetched { get; private set; }
    public int Unchanged { get; private set; }
    public int New { get; private set; }
    public int Changed { get; private set; }
    public int Failed { get; set; }
    public int Gone { get; set; }

    /// <summary>Sources left for the next run (a budget spent, a host asking to wait); not in <see cref="Fetched"/>.</summary>
    public int Deferred { get; private set; }

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

    /// <summary>A source that answered 404 or 410.</summary>
    public void CountGone()
    {
        Fetched++;
        Gone++;
    }

    public void CountDeferred(int count) => Deferred += count;

    public override string ToString() =>
        $"fetched {Fetched}, unchanged {Unchanged}, new {New}, changed {Changed}, failed {Failed}, gone {Gone}";
}
