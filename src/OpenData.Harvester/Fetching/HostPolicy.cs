namespace OpenData.Harvester.Fetching;

/// <summary>How often one host may be asked: spacing between requests and budgets per hour and day (0: none).</summary>
public sealed class HostPolicy
{
    public TimeSpan MinDelay { get; set; }

    public int PerHour { get; set; }

    public int PerDay { get; set; }
}
