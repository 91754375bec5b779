using OpenData.Core.Themes;
using OpenData.Ingest.Reading.Themes;

namespace OpenData.Ingest.Tests.Reading.Themes;

/// <summary>The lexicon's pattern syntax, on a taxonomy of one theme written for each test.</summary>
public class LexiconSyntaxTests
{
    private static LexiconThemeClassifier With(string[] terms, string[]? inPassing = null, string[]? fallback = null) => new(new ThemeTaxonomy
    {
        Version = "test-1",
        Themes =
        [
            new ThemeDefinition
            {
                Code = "t", Sv = "T", En = "T",
                Lexicon = new ThemeLexicon { Terms = terms, InPassing = inPassing ?? [], Fallback = fallback ?? [] },
            },
        ],
    });

    private static bool Decides(LexiconThemeClassifier classifier, string text) => classifier.Classify(text).Count > 0;

    [Theory]
    [InlineData("stöld", "stölderna", true)]
    [InlineData("stöld", "cykelstöld", false)]      // a plain word is not a compound's part
    [InlineData("stöld*", "stöldskydd", true)]
    [InlineData("*stöld", "cykelstölderna", true)]
    [InlineData("*stöld", "stöldskydd", false)]
    [InlineData("*drog", "bidrog", false)]          // a first part needs three letters
    [InlineData("*drog*", "antidrogarbete", true)]
    [InlineData("*gäng", "tillgänglighet", false)]  // the tail must be the word plus an ending, not a derivation
    [InlineData("*gäng", "ungdomsgängen", true)]
    [InlineData("=samverkan", "samverka", false)]
    [InlineData("=samverkan", "Samverkan", true)]
    [InlineData("SIG", "sig", false)]
    [InlineData("SIG", "SIG", true)]
    public void Word_patterns(string term, string word, bool matches)
    {
        Assert.Equal(matches, Decides(With([term]), $"Ett {word} här."));
    }

    [Theory]
    [InlineData("våld i nära relation*", "stöd mot våld i nära relationer", true)]
    [InlineData("våld i nära relation*", "våld i relationer som är nära", false)]
    [InlineData("följ* upp … löfte*", "ska följa upp det nya löftet", true)]
    [InlineData("följ* upp … löfte*", "ska följa upp arbetet i två år och sedan förnya löftet", false)]
    [InlineData("följ* upp … löfte*", "Kommunen ska följa upp. Det nya löftet gäller i två år.", false)] // not across sentences
    [InlineData("social* insatsgrupp*", "Kommunen ska vara social. Insatsgruppen träffas varje vecka.", false)]
    public void Phrases_match_consecutive_words_and_gaps_of_up_to_four_within_a_sentence(string term, string text, bool matches)
    {
        Assert.Equal(matches, Decides(With([term]), text));
    }

    [Fact]
    public void Words_inside_a_phrase_in_passing_decide_nothing_for_the_theme()
    {
        var classifier = With(["samverk*"], inPassing: ["i samverkan med"]);
        Assert.False(Decides(classifier, "Kommunen ska i samverkan med polisen städa parken."));
        Assert.True(Decides(classifier, "Kommunen ska i samverkan med polisen bilda en samverkansgrupp."));
    }

    [Fact]
    public void Fallback_terms_decide_only_where_no_term_did()
    {
        var classifier = new LexiconThemeClassifier(new ThemeTaxonomy
        {
            Version = "test-1",
            Themes =
            [
                new ThemeDefinition { Code = "narvaro", Sv = "N", En = "N", Lexicon = new ThemeLexicon { Terms = ["patrull*"], Fallback = ["insats"] } },
                new ThemeDefinition { Code = "trafik", Sv = "T", En = "T", Lexicon = new ThemeLexicon { Terms = ["trafik*"] } },
            ],
        });
        Assert.Equal(["narvaro"], classifier.Classify("Insatser i centrum.").Select(m => m.Code));
        Assert.Equal(["trafik"], classifier.Classify("Insatser mot trafikbrott.").Select(m => m.Code));
    }

    [Theory]
    [InlineData("tra*fik")]
    [InlineData("… trafik")]
    [InlineData("trafik … … kontroll")]
    [InlineData("=trafik*")]
    [InlineData("trafik-kontroll")]
    public void A_malformed_term_is_refused_naming_its_theme(string term)
    {
        var error = Assert.Throws<InvalidDataException>(() => With([term]));
        Assert.Contains("theme 't'", error.Message);
    }
}
