namespace OpenData.Core.Coverage;

/// <summary>What is known of a kommun's löften, as a journalist needs to tell it apart.</summary>
public enum CoverageState
{
    /// <summary>A löfte covers the year.</summary>
    InForce,

    /// <summary>Löften of earlier years were found, none covers the year.</summary>
    Ended,

    /// <summary>
    /// A löfte was found whose period no source published: whether it is in force is not known, so it is neither
    /// counted as in force (as the löfte's own status UNDATED says) nor as "none found".
    /// </summary>
    Undated,

    /// <summary>Its addresses were asked and answered, and no löfte was found.</summary>
    NoneFound,

    /// <summary>None of its addresses has been asked yet.</summary>
    NotTried,

    /// <summary>Its sources fail (errors, refusals) and none answered: whether there is a löfte is not known.</summary>
    Failing,
}
