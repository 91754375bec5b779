namespace OpenData.Api.Features.Loften;

/// <summary>
/// What a löfte is today, as a reader quotes it: in force, ended, replaced, withdrawn, not yet begun, or of a period
/// nobody published. Worked out from the stored status (newest, superseded, withdrawn), the löfte's years and this
/// year in Sweden, never stored: the same löfte is CURRENT in December and ENDED in January.
/// </summary>
public enum LofteStatusToday
{
    /// <summary>In force: its years include this year.</summary>
    Current,

    /// <summary>The newest löfte of its kommuner and area, and its years have passed.</summary>
    Ended,

    /// <summary>A löfte for a later period of the same kommuner and area replaced it.</summary>
    Superseded,

    /// <summary>Its publisher took it down and nothing replaced it.</summary>
    Withdrawn,

    /// <summary>The newest löfte of its kommuner and area, for years that have not begun.</summary>
    Upcoming,

    /// <summary>The newest löfte of its kommuner and area, but no source says which years it covers.</summary>
    Undated,
}
