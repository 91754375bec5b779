namespace OpenData.Core.Model;

/// <summary>The period a target counts over: "minst 4 riktade trafikinsatser under året" is 4 per <see cref="Ar"/>.</summary>
public enum TargetPeriod
{
    /// <summary>år: "under året", "/år", "årligen", "varje tertial" (3 a year).</summary>
    Ar,

    /// <summary>termin: a school term.</summary>
    Termin,

    /// <summary>månad.</summary>
    Manad,

    /// <summary>vecka: also "varje onsdag".</summary>
    Vecka,
}

/// <summary>
/// The Swedish word for each period, as the extraction contract, the database column and the API's <c>per</c> field
/// write it: the only place where a period becomes text or text a period.
/// </summary>
public static class TargetPeriodWords
{
    public static string Word(this TargetPeriod period) => period switch
    {
        TargetPeriod.Ar => "år",
        TargetPeriod.Termin => "termin",
        TargetPeriod.Manad => "månad",
        TargetPeriod.Vecka => "vecka",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    public static TargetPeriod Parse(string word) => word switch
    {
        "år" => TargetPeriod.Ar,
        "termin" => TargetPeriod.Termin,
        "månad" => TargetPeriod.Manad,
        "vecka" => TargetPeriod.Vecka,
        _ => throw new FormatException($"'{word}' is not a target period (år, termin, månad or vecka)"),
    };
}
