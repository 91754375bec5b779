namespace OpenData.Core.Model;

/// <summary>
/// The version of the data as a whole: one row, given a new <see cref="Stamp"/> in every transaction that writes
/// anything, in that same transaction. Equal stamps mean equal data, so whatever was computed from the data (an
/// answer, an export) holds for as long as the stamp is unchanged, on every instance that reads the same database.
/// </summary>
public sealed class DataVersion
{
    /// <summary>The one row's key.</summary>
    public const int RowId = 1;

    public int Id { get; set; }

    /// <summary>Unique per committed writing transaction; nothing is to be read into its value but equality.</summary>
    public long Stamp { get; set; }

    /// <summary>When the last writing transaction saved.</summary>
    public DateTime ChangedAt { get; set; }
}
