namespace OpenData.Harvester.Fetching;

/// <summary>When a host is given up on for a while: most of its recent requests failed.</summary>
public sealed class CircuitBreakerSettings
{
    public double FailureRatio { get; set; } = 0.9;

    public int MinimumThroughput { get; set; } = 8;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(30);
}
