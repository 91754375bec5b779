namespace OpenData.Ingest.Maintenance;

/// <summary>What a `reread` run did, source by source.</summary>
public sealed record Rereading(string ExtractorVersion, IReadOnlyList<Rereading.Item> Items, bool DryRun)
{
    public enum Outcome
    {
        /// <summary>Read differently: a new document, and the changes it brought recorded.</summary>
        Reread,

        /// <summary>Read the same: only the extractor version of the reading was renewed.</summary>
        Same,

        /// <summary>The extractor of this build cannot read it either; nothing was written.</summary>
        Unreadable,

        /// <summary>The snapshot's body is not in the archive (it was never stored); nothing was written.</summary>
        BodyMissing,
    }

    /// <summary>One source's reading: which extractor had read it (none for a snapshot that could not be read), and what came of it.</summary>
    public sealed record Item(string SourceKey, string? ReadBy, Outcome Outcome, int Changes, string? Error);

    public int Count(Outcome outcome) => Items.Count(i => i.Outcome == outcome);

    public override string ToString() =>
        $"{Items.Count} reading(s) re-read by {ExtractorVersion}: {Count(Outcome.Reread)} read differently " +
        $"({Items.Sum(i => i.Changes)} change(s)), {Count(Outcome.Same)} the same, {Count(Outcome.Unreadable)} still unreadable, " +
        $"{Count(Outcome.BodyMissing)} without an archived body{(DryRun ? " (dry run: nothing written)" : "")}";
}
