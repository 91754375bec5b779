namespace OpenData.Core.Model;

public enum LofteStatus
{
    /// <summary>The newest löfte seen for its kommuner and area.</summary>
    Current,

    /// <summary>A later period of the same kommuner and area has been published.</summary>
    Superseded,

    /// <summary>Its publisher took it down and nothing replaced it.</summary>
    Withdrawn,
}
