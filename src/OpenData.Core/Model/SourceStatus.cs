namespace OpenData.Core.Model;

public enum SourceStatus
{
    Active,

    /// <summary>The address answered 404 or 410; its löften stay.</summary>
    Gone,
}
