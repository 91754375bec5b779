namespace OpenData.Core.Model;

/// <summary>Why a reading is less than certain: what the reader noticed, so that a person knows what to check first.</summary>
public enum UncertaintyReason
{
    /// <summary>A löfte's text in which no commitment was found at all.</summary>
    NoPromisesFound,

    /// <summary>A löfte's text that states aims and goals but no commitments.</summary>
    GoalsOnly,

    /// <summary>Commitments read from running prose: the text has no list to take them from.</summary>
    NoListFound,

    /// <summary>A löfte with only one or two commitments, where most have several.</summary>
    FewPromises,

    /// <summary>A löfte whose text states no year it covers.</summary>
    YearsNotStated,

    /// <summary>The text names no kommun; the address it was read from gave it.</summary>
    KommunInferredFromAddress,

    /// <summary>The text names a lokalpolisområde but none of its kommuner; all of them were taken.</summary>
    KommunerFromLokalpolisomrade,

    /// <summary>No kommun could be found for it.</summary>
    NoKommun,

    /// <summary>The reader met problems it read past (a date that is no date, a text cut short).</summary>
    ReadingWarnings,
}

/// <summary>The reasons' stable words (storage, JSON) and the Swedish sentence a person reads.</summary>
public static class UncertaintyReasonWords
{
    public static string Word(this UncertaintyReason reason) => reason switch
    {
        UncertaintyReason.NoPromisesFound => "no-promises-found",
        UncertaintyReason.GoalsOnly => "goals-only",
        UncertaintyReason.NoListFound => "no-list-found",
        UncertaintyReason.FewPromises => "few-promises",
        UncertaintyReason.YearsNotStated => "years-not-stated",
        UncertaintyReason.KommunInferredFromAddress => "kommun-inferred-from-address",
        UncertaintyReason.KommunerFromLokalpolisomrade => "kommuner-from-lokalpolisomrade",
        UncertaintyReason.NoKommun => "no-kommun",
        UncertaintyReason.ReadingWarnings => "reading-warnings",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static string Sv(this UncertaintyReason reason) => reason switch
    {
        UncertaintyReason.NoPromisesFound => "Inga åtaganden hittades i löftets text.",
        UncertaintyReason.GoalsOnly => "Texten anger mål och syften men inga åtaganden.",
        UncertaintyReason.NoListFound => "Ingen lista hittades; åtagandena lästes ur löpande text.",
        UncertaintyReason.FewPromises => "Bara ett eller två åtaganden hittades.",
        UncertaintyReason.YearsNotStated => "Texten anger inte vilka år löftet gäller.",
        UncertaintyReason.KommunInferredFromAddress => "Texten nämner ingen kommun; kommunen togs från adressen.",
        UncertaintyReason.KommunerFromLokalpolisomrade => "Texten nämner lokalpolisområdet men inte dess kommuner; alla togs med.",
        UncertaintyReason.NoKommun => "Ingen kommun kunde hittas.",
        UncertaintyReason.ReadingWarnings => "Läsningen stötte på problem i texten.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static UncertaintyReason Parse(string word)
    {
        foreach (var reason in Enum.GetValues<UncertaintyReason>())
        {
            if (reason.Word() == word)
            {
                return reason;
            }
        }
        throw new FormatException($"unknown uncertainty reason \"{word}\"");
    }
}

/// <summary>Where a reading counts as uncertain: one serious doubt, or two lesser ones, bring it below.</summary>
public static class ReadingCertainty
{
    public const double UncertainBelow = 0.7;

    public static bool IsUncertain(double confidence) => confidence < UncertainBelow;
}
