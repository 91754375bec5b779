namespace OpenData.Ingest.Maintenance;

/// <summary>What a `reclassify` run did: the promises whose themes changed, and how many only had their evidence renewed.</summary>
public sealed record Reclassification(
    string TaxonomyVersion,
    int Promises,
    IReadOnlyList<Reclassification.Item> Reclassified,
    int EvidenceUpdated,
    bool DryRun)
{
    /// <summary>One promise whose theme codes changed (comma-separated, empty for none).</summary>
    public sealed record Item(string PromiseKey, string Text, string Before, string After);

    public override string ToString() =>
        $"{Promises} promise(s) classified under {TaxonomyVersion}: {Reclassified.Count} with other themes, " +
        $"{EvidenceUpdated} with renewed evidence{(DryRun ? " (dry run: nothing written)" : "")}";
}
