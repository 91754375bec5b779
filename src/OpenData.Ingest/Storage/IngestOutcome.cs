namespace OpenData.Ingest.Storage;

/// <summary>What storing one fetched body did, for the run report.</summary>
public enum IngestOutcome
{
    /// <summary>The same body was already stored for this source: nothing new was written but the fetch.</summary>
    Unchanged,

    /// <summary>A body this source had not had before, read and stored.</summary>
    New,

    /// <summary>A new body for a source that had another before; changes were recorded.</summary>
    Changed,

    /// <summary>The body could not be read; the snapshot is kept with the reason.</summary>
    Failed,
}
