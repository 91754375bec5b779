using OpenData.Core.Text;

namespace OpenData.Ingest.Reading.Themes;

/// <summary>
/// One word of a lexicon term, as data/themes.json writes it:
/// <c>ord</c> any inflection of the word ("hot", "hotet", "hotar"; not "hotell"),
/// <c>ord*</c> a word that begins with it, a compound's first part included ("trafik*": "trafikinsatser"),
/// <c>*ord</c> a word that ends with an inflection of it after a first part of at least three letters ("*stöld":
/// "cykelstölderna"),
/// <c>*ord*</c> the letters anywhere in a word, at its start or after at least three letters ("*narkotika*":
/// "antinarkotikaarbete"),
/// <c>=ord</c> exactly that form ("=samverkan", not "samverka"),
/// <c>ORD</c> in capitals that acronym as written ("SIG", not the pronoun "sig").
/// </summary>
internal sealed class WordPattern
{
    /// <summary>A compound's first part is at least this long: "bi" + "drog" is not a drug, "cykel" + "stöld" is a theft.</summary>
    private const int MinFirstPart = 3;

    private enum Kind { Form, Prefix, Suffix, Infix, Exact, Acronym }

    private readonly Kind _kind;
    private readonly string _word;

    /// <summary>What the word's inflected forms begin with: the word, and its Snowball stem where that only drops an ending.</summary>
    private readonly string[] _bases;

    private WordPattern(Kind kind, string word)
    {
        _kind = kind;
        _word = word;
        _bases = [.. SwedishInflection.Bases(word)];
    }

    public static WordPattern Parse(string text)
    {
        var leading = text.StartsWith('*');
        var trailing = text.Length > 1 && text.EndsWith('*');
        var exact = text.StartsWith('=');
        var word = text.Trim('*', '=');
        if (word.Length == 0 || !word.All(char.IsLetterOrDigit))
        {
            throw new FormatException($"'{text}' is not a lexicon word: letters with an optional '*' at either end, or '=' in front");
        }
        if (exact)
        {
            return leading || trailing
                ? throw new FormatException($"'{text}': '=' names one exact form and takes no '*'")
                : new WordPattern(Kind.Exact, word.ToLowerInvariant());
        }
        if (!leading && !trailing && word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return new WordPattern(Kind.Acronym, word);
        }
        var lower = word.ToLowerInvariant();
        return (leading, trailing) switch
        {
            (true, true) => new WordPattern(Kind.Infix, lower),
            (true, false) => new WordPattern(Kind.Suffix, lower),
            (false, true) => new WordPattern(Kind.Prefix, lower),
            _ => new WordPattern(Kind.Form, lower),
        };
    }

    public bool Matches(TextWord w) => _kind switch
    {
        // Every word of every promise meets every term's first word: the first letter turns most of them away.
        Kind.Form => StartsAlike(w.Lower) && IsInflection(w.Lower),
        Kind.Prefix => StartsAlike(w.Lower) && w.Lower.StartsWith(_word, StringComparison.Ordinal),
        Kind.Suffix => (StartsAlike(w.Lower) && IsInflection(w.Lower)) || EndsWithForm(w.Lower),
        Kind.Infix => ContainsAsPart(w.Lower),
        Kind.Exact => w.Lower == _word,
        Kind.Acronym => w.Surface == _word,
        _ => false,
    };

    /// <summary>
    /// The first letter of every word this pattern matches, where it has one (a form, a prefix, an exact form); null
    /// where a matching word may begin otherwise (a compound's last part, letters inside a word, an acronym).
    /// </summary>
    public char? Leading => _kind is Kind.Form or Kind.Prefix or Kind.Exact ? _word[0] : null;

    /// <summary>Whether the word begins with this pattern's first letter, as each of its bases does.</summary>
    private bool StartsAlike(string lower) => lower.Length > 0 && lower[0] == _word[0];

    private bool IsInflection(ReadOnlySpan<char> lower)
    {
        foreach (var b in _bases)
        {
            if (SwedishInflection.HasEnding(lower, b))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A compound's last part, inflected: the tail must be the word plus an ending, never a derivation of it.</summary>
    private bool EndsWithForm(string lower)
    {
        for (var at = MinFirstPart; at < lower.Length; at++)
        {
            if (lower[at] == _word[0] && IsInflection(lower.AsSpan(at)))
            {
                return true;
            }
        }
        return false;
    }

    private bool ContainsAsPart(string lower) =>
        lower.StartsWith(_word, StringComparison.Ordinal) ||
        (lower.Length > MinFirstPart && lower.IndexOf(_word, MinFirstPart, StringComparison.Ordinal) >= 0);
}
