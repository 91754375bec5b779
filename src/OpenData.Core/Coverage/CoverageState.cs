namespace OpenData.Core.Coverage;

/// <summary>What is known of a kommun's löften, as a journalist needs to tell it apart.</summary>
public enum CoverageState
{
    /// <summary>A löfte covers the year.</summary>
    InForce,

    /// <summary>Löften of earlier years were found, none covers the year.</summary>
    Ended,

    /// <summary>Its addresses were asked and answered, and no löfte was found.</summary>
    NoneFound,

    /// <summary>None of its addresses has been asked yet.</summary>
    NotTried,

    /// <summary>Its sources fail (errors, refusals) and none answered: whether there is a löfte is not known.</summary>
    Failing,
}
