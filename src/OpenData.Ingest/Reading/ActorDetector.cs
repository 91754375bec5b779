using System.Text.RegularExpressions;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Who makes a promise (polis, kommun, annan): a suffix "(Polisen)" or "(kommun, polis och näringsliv)"; else the
/// promise's own subject ("Polisen lovar att", "Kommunen och polisen ska", "Under året ska Ljungby kommun", "så lovar
/// kommun och polis att"); else the lead it stands under ("Kommunen lovar att:", "Lokalpolisområde X kommer att:",
/// "Det här ska vi göra:") or the goal statement that lead continues. "Vi", "parterna", "aktörerna" are the löfte's
/// signatories. A party mentioned in passing ("ett kontor för polisen") is not an actor.
/// </summary>
public sealed partial class ActorDetector(PlaceNameIndex places)
{
    public const string Polis = PartyVocabulary.Polis;
    public const string Kommun = PartyVocabulary.Kommun;
    public const string Annan = PartyVocabulary.Annan;

    /// <summary>Verbs that, right after a subject, make the sentence a commitment whatever the subject is.</summary>
    private static readonly HashSet<string> Modals = ["ska", "skall", "kommer", "lovar", "åtar", "ansvarar", "avser", "vill"];

    /// <summary>Words that open a fronted adverbial ("Under året ska ...") rather than a subject.</summary>
    private static readonly HashSet<string> AdverbialStarts =
    [
        "under", "varje", "om", "när", "för", "genom", "utifrån", "i", "med", "vid", "efter", "inom", "tillsammans", "det",
        "detta", "här", "nu", "därför", "dessutom", "också", "även", "sedan", "från", "till", "inför", "på", "senast", "minst",
        "årligen", "löpande", "kontinuerligt", "gemensamt", "så", "då", "den", "de", "dessa", "samtidigt",
    ];

    /// <summary>Verbs that make a clause of their own, so that a modal after them has another subject.</summary>
    private static readonly HashSet<string> ClauseVerbs =
    [
        "är", "var", "har", "hade", "blir", "finns", "beskriver", "innebär", "handlar", "bygger", "visar", "utgår", "syftar",
        "omfattar", "innehåller", "gäller", "betyder", "består", "kräver", "menar", "anser", "säger", "upplever", "tycker",
    ];

    /// <summary>Words after a noun phrase that are not the verb it is the subject of.</summary>
    private static readonly HashSet<string> NotVerbs = ["eller", "efter", "under", "över", "där", "när", "per", "mer", "fler", "här", "inför", "bättre", "större", "mindre", "vår", "ur"];

    public IReadOnlyList<string> Detect(string text, IReadOnlyList<string> context, IReadOnlyList<string> signatories)
    {
        var suffix = Suffix().Match(text);
        if (suffix.Success)
        {
            var named = Resolve(PartiesOf(Tokens(suffix.Groups["who"].Value), unknownIsAnnan: false), signatories);
            if (named.Count > 0)
            {
                return named;
            }
        }
        foreach (var sentence in Sentences.Split(text).Take(3))
        {
            var subject = SubjectParties(sentence);
            if (subject.Count > 0)
            {
                return Resolve(subject, signatories);
            }
        }
        foreach (var lead in context)
        {
            var parties = HeadingParties(lead);
            foreach (var sentence in Sentences.Split(lead).Take(2))
            {
                if (parties.Count == 0)
                {
                    parties = SubjectParties(sentence);
                }
            }
            if (parties.Count > 0)
            {
                return Resolve(parties, signatories);
            }
        }
        return [];
    }

    /// <summary>
    /// The parties that are the subject of a commitment in <paramref name="sentence"/>: "Polisen och kommunen ska",
    /// "Polisen arbetar", "Under 2020 ska polisen och Region Gotland", "Utifrån lägesbilden lovar Växjö
    /// lokalpolisområde och Växjö kommun att". Empty where the subject is no party ("Medborgarna ska kunna").
    /// </summary>
    public IReadOnlyList<string> SubjectParties(string sentence)
    {
        var tokens = Tokens(sentence);
        if (tokens.Count < 2)
        {
            return [];
        }
        var straight = StraightSubject(tokens);
        return straight.Count > 0 ? straight : InvertedSubject(tokens);
    }

    /// <summary>
    /// Who signed the löfte, from the text's own words: "X, Y och Z har kommit överens om", "undertecknats mellan X och
    /// Y", "polisens medborgarlöfte", "X och Y lovar". Polis and kommun where the text does not say.
    /// </summary>
    public IReadOnlyList<string> Signatories(IEnumerable<string> lines)
    {
        var opening = lines.Take(25).ToList();
        foreach (var line in opening)
        {
            foreach (var sentence in Sentences.Split(line))
            {
                var tokens = Tokens(sentence);
                var agreed = tokens.FindIndex(t => Agreed().IsMatch(t));
                if (agreed > 0 && agreed <= 14 && !AdverbialStarts.Contains(tokens[0].ToLowerInvariant()))
                {
                    var parties = PartiesOf(tokens[..agreed], unknownIsAnnan: true);
                    if (parties.Contains(PartyVocabulary.Polis) || parties.Contains(PartyVocabulary.Kommun))
                    {
                        return PartyVocabulary.Ordered(parties);
                    }
                }
                var between = Between().Match(sentence);
                if (between.Success)
                {
                    var parties = PartiesOf(StrictPhrase(Tokens(between.Groups["who"].Value), 0), unknownIsAnnan: true);
                    if (parties.Count >= 2)
                    {
                        return PartyVocabulary.Ordered(parties);
                    }
                }
                var owner = Owner().Match(sentence);
                if (owner.Success)
                {
                    return PartyVocabulary.Ordered(PartiesOf(Tokens(owner.Groups["who"].Value), unknownIsAnnan: false));
                }
            }
        }
        // A löfte that never names a kommun as a party ("Det här ska vi göra", signed by the lokalpolisområdeschef) is
        // the police's own.
        return opening.Any(l => KommunParty().IsMatch(l)) ? [PartyVocabulary.Polis, PartyVocabulary.Kommun] : [PartyVocabulary.Polis];
    }

    /// <summary>"Polisen ..." up to its verb: a modal after any noun phrase naming a party, any present-tense verb after a bare one.</summary>
    private IReadOnlyList<string> StraightSubject(List<string> tokens)
    {
        if (AdverbialStarts.Contains(tokens[0].ToLowerInvariant()))
        {
            return [];
        }
        var strict = StrictPhrase(tokens, 0);
        if (strict.Count > 0 && strict.Count < tokens.Count && IsPresentTense(tokens[strict.Count]) && PartiesOf(strict, unknownIsAnnan: false) is { Count: > 0 } bare)
        {
            return bare;
        }
        for (var i = 1; i < Math.Min(tokens.Count, 13); i++)
        {
            var word = tokens[i].ToLowerInvariant();
            if (Modals.Contains(word))
            {
                return PartiesOf(tokens[..i], unknownIsAnnan: false);
            }
            if (ClauseVerbs.Contains(word))
            {
                break; // a verb of its own before the modal: "Löftet beskriver de områden kommunen ... avser"
            }
            if (word is "att" && i == strict.Count && i <= 4 && PartiesOf(strict, unknownIsAnnan: false) is { Count: > 0 } split)
            {
                return split; // "• Polisen att genomföra ..." under "För att öka trafiksäkerheten kommer;"
            }
            if (word is "att" or "som" or "för" && i > 0 && !PartyWordAt(tokens, i - 1))
            {
                break; // a clause of its own before any verb: not a subject phrase
            }
        }
        return [];
    }

    /// <summary>"[adverbial] ska|lovar|kommer [party phrase]": Swedish puts the verb second after a fronted adverbial.</summary>
    private IReadOnlyList<string> InvertedSubject(List<string> tokens)
    {
        for (var i = 1; i < Math.Min(tokens.Count - 1, 16); i++)
        {
            if (!Modals.Contains(tokens[i].ToLowerInvariant()) && !IsCommitmentVerb(tokens[i]))
            {
                continue;
            }
            var phrase = StrictPhrase(tokens, i + 1);
            var parties = PartiesOf(phrase, unknownIsAnnan: false);
            if (parties.Count > 0)
            {
                return parties;
            }
            if (Modals.Contains(tokens[i].ToLowerInvariant()))
            {
                return []; // the verb's subject is something else ("ska fem våldsutsatta kvinnor")
            }
        }
        return [];
    }

    /// <summary>
    /// A heading or lead that is itself a party, with at most a modal after it: "Polisen", "Kommunen", "Gemensamt",
    /// "Vi lovar", "Polisen och kommunen skall tillsammans".
    /// </summary>
    public IReadOnlyList<string> HeadingParties(string heading)
    {
        var text = heading.Trim().TrimEnd(':', '.', '…').Trim();
        if (Together().IsMatch(text))
        {
            return [PartyVocabulary.Signatories];
        }
        var tokens = Tokens(text);
        if (tokens.Count is 0 or > 6)
        {
            return [];
        }
        var phrase = StrictPhrase(tokens, 0);
        var rest = tokens.Skip(phrase.Count).Select(t => t.ToLowerInvariant()).ToList();
        return rest.All(t => Modals.Contains(t) || t is "att" or "tillsammans" or "gemensamt" or "sig" or "för" or "åtaganden" or "åtar" or "lovar")
            ? PartiesOf(phrase, unknownIsAnnan: false)
            : [];
    }

    /// <summary>From <paramref name="start"/>: party words, names, "och", "samt", commas, "på Gotland".</summary>
    private List<string> StrictPhrase(List<string> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count)
        {
            var t = tokens[end];
            var lower = t.ToLowerInvariant();
            var ok = PartyVocabulary.PartyOf(t) is not null || lower is "och" or "samt" or "," or "hela" ||
                     (char.IsUpper(t[0]) && end > start) || (end == start && char.IsUpper(t[0]) && !AdverbialStarts.Contains(lower)) ||
                     (lower is "i" or "på" && end + 1 < tokens.Count && char.IsUpper(tokens[end + 1][0]) && end > start);
            if (!ok)
            {
                break;
            }
            end++;
        }
        while (end > start && tokens[end - 1] is "," or "och" or "samt")
        {
            end--;
        }
        return tokens.GetRange(start, end - start);
    }

    /// <summary>
    /// The parties a phrase names. Capitalised names beside "kommun", "stad" or in "Region Gotland" are the kommun;
    /// other names listed as parties ("ÖrebroBostäder, Västerporten") are other parties where that is asked for.
    /// </summary>
    private IReadOnlyList<string> PartiesOf(IReadOnlyList<string> tokens, bool unknownIsAnnan)
    {
        var parties = new List<string>();
        var segment = new List<string>();
        void Close()
        {
            if (segment.Count == 0)
            {
                return;
            }
            var found = SegmentParties(segment);
            if (found.Count == 0 && unknownIsAnnan && segment.Any(t => char.IsUpper(t[0])) && !segment.All(places.IsKommunName))
            {
                found = [PartyVocabulary.Annan];
            }
            parties.AddRange(found);
            segment.Clear();
        }
        foreach (var t in tokens)
        {
            if (t is "," or "och" or "samt" or "respektive")
            {
                Close();
            }
            else
            {
                segment.Add(t);
            }
        }
        Close();
        return parties.Distinct().ToList();
    }

    private List<string> SegmentParties(List<string> segment)
    {
        var found = new List<string>();
        for (var i = 0; i < segment.Count; i++)
        {
            if (segment[i] == "Region" && i + 1 < segment.Count)
            {
                found.Add(places.IsKommunName(segment[i + 1]) ? PartyVocabulary.Kommun : PartyVocabulary.Annan);
                i++;
                continue;
            }
            var party = PartyVocabulary.PartyOf(segment[i]);
            if (party is not null)
            {
                found.Add(party);
            }
        }
        // "Polisen på Gotland", "Polismyndigheten i Kalmar": the place names where the party works, not a party.
        return found.Distinct().ToList();
    }

    private static IReadOnlyList<string> Resolve(IEnumerable<string> parties, IReadOnlyList<string> signatories) =>
        PartyVocabulary.Ordered(parties.SelectMany(p => p == PartyVocabulary.Signatories ? signatories : [p]));

    private static bool PartyWordAt(List<string> tokens, int i) => PartyVocabulary.PartyOf(tokens[i]) is not null;

    private static bool IsPresentTense(string token)
    {
        var w = token.ToLowerInvariant();
        return w.Length >= 4 && char.IsLower(token[0]) && w.EndsWith('r') && !NotVerbs.Contains(w) && PartyVocabulary.PartyOf(w) is null;
    }

    private static bool IsCommitmentVerb(string token) =>
        token.ToLowerInvariant() is "arbetar" or "genomför" or "erbjuder" or "fortsätter" or "bidrar" or "verkar" or "deltar" or "satsar" or "samverkar";

    internal static List<string> Tokens(string text)
    {
        // Every sentence of every candidate is read into tokens: only their strings are kept, no Match objects.
        var tokens = new List<string>();
        foreach (var m in TokenPattern().EnumerateMatches(text))
        {
            tokens.Add(text.Substring(m.Index, m.Length));
        }
        return tokens;
    }

    [GeneratedRegex(@"[\p{L}\d]+(?:[\-/][\p{L}\d]+)*|,")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\((?<who>[^()]{2,80})\)\s*[.;]?\s*$")]
    private static partial Regex Suffix();

    [GeneratedRegex(@"^(kommit|tecknat|undertecknat|undertecknar|tecknar|skrivit|ingått|enats|enades|signerat|signerar|antagit)$", RegexOptions.IgnoreCase)]
    private static partial Regex Agreed();

    [GeneratedRegex(@"(?i)(?:löfte\w*|överenskommelse\w*|undertecknat?s?|tecknat?s?)\s+(?:\w+\s+){0,3}?mellan\s+(?<who>[^.;:]{3,120})")]
    private static partial Regex Between();

    [GeneratedRegex(@"(?i)\b(?<who>(?:polisens|kommunens|stadens)(?:\s+och\s+(?:polisens|kommunens|stadens))?)\s+(?:gemensamma\s+)?medborgarlöfte")]
    private static partial Regex Owner();

    [GeneratedRegex(@"(?i)^(vi(\s+lovar(\s+att)?)?|gemensamt|gemensamma\s+(åtaganden|löften|insatser|aktiviteter)|tillsammans|vi\s+gör\s+tillsammans|parterna(\s+lovar(\s+att)?)?|aktörerna(\s+lovar(\s+att)?)?)$")]
    private static partial Regex Together();

    [GeneratedRegex(@"(?i)\b(kommun|kommunen|kommunens|stad|staden|stadens|region(?!\s+(stockholm|syd|mitt|bergslagen|väst|öst|nord)\b)|regionen|stadsdelsförvaltning\w*|stadsdelsnämnd\w*)\b")]
    private static partial Regex KommunParty();
}
