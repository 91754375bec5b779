namespace OpenData.Core.Model;

/// <summary>Who makes a promise.</summary>
public enum Actor
{
    Polis,
    Kommun,

    /// <summary>Another named party: räddningstjänst, föreningar, bostadsbolag.</summary>
    Annan,
}

/// <summary>
/// The word for each party as the extraction contract and a person's organisation write it (polis, kommun, annan):
/// the only place where an actor becomes text or text an actor.
/// </summary>
public static class ActorWords
{
    public static string Word(this Actor actor) => actor switch
    {
        Actor.Polis => "polis",
        Actor.Kommun => "kommun",
        Actor.Annan => "annan",
        _ => throw new ArgumentOutOfRangeException(nameof(actor), actor, null),
    };

    public static Actor Parse(string word) => word switch
    {
        "polis" => Actor.Polis,
        "kommun" => Actor.Kommun,
        "annan" => Actor.Annan,
        _ => throw new FormatException($"'{word}' is not an actor (polis, kommun or annan)"),
    };
}
