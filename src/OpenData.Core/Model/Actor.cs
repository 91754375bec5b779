namespace OpenData.Core.Model;

/// <summary>Who makes a promise.</summary>
public enum Actor
{
    Polis,
    Kommun,

    /// <summary>Another named party: räddningstjänst, föreningar, bostadsbolag.</summary>
    Annan,
}
