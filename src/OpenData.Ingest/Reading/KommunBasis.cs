namespace OpenData.Ingest.Reading;

/// <summary>What a reading's kommuner were taken from: the text itself, or a fallback that a person should check.</summary>
public enum KommunBasis
{
    /// <summary>Named in the title or body.</summary>
    Text,

    /// <summary>The text names a lokalpolisområde and none of its kommuner: all of them.</summary>
    AllOfLokalpolisomrade,

    /// <summary>The text names none; the polisen.se path or the kommun site's host did.</summary>
    Address,
}
