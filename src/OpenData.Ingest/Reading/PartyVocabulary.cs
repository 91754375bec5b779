using System.Text.RegularExpressions;
using OpenData.Core.Model;

namespace OpenData.Ingest.Reading;

/// <summary>
/// The words by which published löften name the parties to a promise: Polisen in its many forms, the kommun (also
/// "Västerås stad", "Region Gotland", its socialtjänst and förvaltningar), and other named parties (räddningstjänst,
/// housing companies, fastighetsägare, föreningar, Länsstyrelsen). "Vi", "parterna", "aktörerna" stand for the
/// löfte's own signatories. Spelled as OCR sometimes reads them too ("komrnun").
/// </summary>
public static partial class PartyVocabulary
{
    public const string Polis = "polis";
    public const string Kommun = "kommun";
    public const string Annan = "annan";

    /// <summary>Which kind of party a single word names, or null; "signatories" for vi/parterna/aktörerna.</summary>
    public static string? PartyOf(string word)
    {
        var w = word.ToLowerInvariant();
        return Match(w) ?? (OcrSlip().IsMatch(w) ? Match(OcrSlip().Replace(w, m => m.Value switch { "rn" => "m", "cl" => "d", "1" => "l", _ => "o" })) : null);
    }

    private static string? Match(string w)
    {
        if (PolisWord().IsMatch(w))
        {
            return Polis;
        }
        if (KommunWord().IsMatch(w))
        {
            return Kommun;
        }
        if (OtherWord().IsMatch(w))
        {
            return Annan;
        }
        return SignatoryWord().IsMatch(w) ? Signatories : null;
    }

    /// <summary>The stand-in for "vi", "parterna", "aktörerna": whoever signed the löfte.</summary>
    public const string Signatories = "signatories";

    /// <summary>The actor a party word stands for; the detector works in party words, the reading in actors.</summary>
    public static Actor ActorOf(string party) => party switch
    {
        Polis => Actor.Polis,
        Kommun => Actor.Kommun,
        Annan => Actor.Annan,
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, "not a party word"),
    };

    /// <summary>Sorts parties in the order the contract lists them, once each.</summary>
    public static IReadOnlyList<string> Ordered(IEnumerable<string> parties)
    {
        var set = parties.ToHashSet();
        return new[] { Polis, Kommun, Annan }.Where(set.Contains).ToList();
    }

    [GeneratedRegex(@"^(polis|polisen|polisens|poliser|poliserna|polismyndighet(en|ens)?|lokalpolis(en|ens)?|lokalpolisområde(t|ts|na|s)?|lokalpolisområdet|områdespolis(en|er|erna)?|kommunpolis(en|er|erna)?|polisområde(t|ts)?|lpo|polisregion(en)?|ungdomspolis(en|er)?|närpolis(en)?)$")]
    private static partial Regex PolisWord();

    [GeneratedRegex(@"^(kommun(en|ens|er|erna|s)?|stad(en|ens)?|socialtjänst(en|ens)?|socialförvaltning(en)?|förvaltning(en|ar|arna)?|stadsdelsförvaltning(en)?|stadsdelsnämnd(en)?|skola|skolan|skolor(na)?|fritidsgård(en|ar|arna)?|fältassistent(er|erna)?|fältare|fältgrupp(en)?|kommunstyrelse(n|ns)?|nämnd(en)?|samhällsbyggnadsförvaltning(en)?|fritidsförvaltning(en)?|kultur-\s?och\s?fritid)$")]
    private static partial Regex KommunWord();

    [GeneratedRegex(@"^(räddningstjänst(en|ens)?|bostadsbolag(et|en)?|allmännyttan|fastighetsägar(e|na|en|föreningen)|fastighetsägarföreningen|fastighetsbolag(et|en)?|näringsliv(et|ets)?|näringsidkare(na)?|handlare(na)?|förening(en|ar|arna)?|föreningsliv(et)?|länsstyrelse(n|ns)?|trafikverket|kyrka(n)?|svenska kyrkan|församling(en|ar)?|företag(et|en)?|brottsofferjour(en)?|civilsamhället|trossamfund(en)?|idrottsföreningar|region(en)?|\p{L}*bostäder|\p{L}*fastigheter)$")]
    private static partial Regex OtherWord();

    /// <summary>Letters OCR reads wrongly in these words: "rn" for "m" (komrnun), "cl" for "d", "1" and "0" inside words.</summary>
    [GeneratedRegex(@"rn|cl|(?<=\p{L})[10](?=\p{L})")]
    private static partial Regex OcrSlip();

    [GeneratedRegex(@"^(vi|parterna|aktörerna|samverkansparterna|båda parter(na)?|undertecknarna)$")]
    private static partial Regex SignatoryWord();
}
