namespace OpenData.Core.Model;

/// <summary>What a re-harvest changed, with the snapshots on either side, for the public change feed.</summary>
public sealed class Change
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public ChangeKind Kind { get; set; }

    public int LofteId { get; set; }

    public Lofte? Lofte { get; set; }

    public int? PromiseId { get; set; }

    public Promise? Promise { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    public long? FromSnapshotId { get; set; }

    public long? ToSnapshotId { get; set; }
}
