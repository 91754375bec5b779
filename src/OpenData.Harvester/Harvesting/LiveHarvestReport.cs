using OpenData.Ingest.Storage;

namespace OpenData.Harvester.Harvesting;

/// <summary>What a live run did, for the terminal and the operator's log.</summary>
public sealed record LiveHarvestReport(HarvestSummary Summary, int Requests, int StillDue, TimeSpan Took, IReadOnlyList<string> Stops)
{
    public override string ToString()
    {
        var lines = new List<string>
        {
            $"harvest (live): {Summary}",
            $"  {Requests} request(s) in {Took:hh\\:mm\\:ss}; {Summary.Deferred} source(s) deferred, {StillDue} still due for the next run",
        };
        lines.AddRange(Stops.Select(s => "  stopped: " + s));
        return string.Join(Environment.NewLine, lines);
    }
}
