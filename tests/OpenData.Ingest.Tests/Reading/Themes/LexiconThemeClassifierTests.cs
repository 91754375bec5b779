using OpenData.Ingest.Reading.Themes;
using OpenData.Testing;

namespace OpenData.Ingest.Tests.Reading.Themes;

/// <summary>The hard cases of the project's lexicon (data/themes.json), each in a sentence written for the test.</summary>
public class LexiconThemeClassifierTests
{
    private static readonly LexiconThemeClassifier Classifier = LexiconThemeClassifier.Load(RepositoryPaths.Data);

    private static string[] Themes(string text) => Classifier.Classify(text).Select(m => m.Code).Order(StringComparer.Ordinal).ToArray();

    private static IReadOnlyList<string> Evidence(string text, string code) =>
        Classifier.Classify(text).Single(m => m.Code == code).DecidedBy;

    [Theory]
    [InlineData("Polisen ska genomföra fler trafikinsatser under sommaren.", "trafik", "trafikinsatser")]
    [InlineData("Kommunen ska utveckla det drogförebyggande arbetet i skolorna.", "narkotika", "drogförebyggande")]
    [InlineData("Krogarna ska hjälpa till att förebygga ungdomsfylleri.", "alkohol_tobak", "ungdomsfylleri")]
    [InlineData("Cykelstölderna vid stationen ska halveras.", "inbrott_stold", "Cykelstölderna")]
    [InlineData("Kommunen ska sätta upp fler övervakningskameror.", "offentlig_miljo", "övervakningskameror")]
    [InlineData("Fler ska ansluta sig till grannsamverkansgrupperna.", "inbrott_stold", "grannsamverkansgrupperna")]
    public void Compounds_are_found_by_their_parts(string text, string theme, string word)
    {
        Assert.Contains(theme, Themes(text));
        Assert.Contains(word, Evidence(text, theme));
    }

    [Fact]
    public void A_compound_can_belong_to_two_themes()
    {
        Assert.Equal(["alkohol_tobak", "barn_unga"], Themes("Polisen ska arbeta mot ungdomsfylleri."));
    }

    [Theory]
    [InlineData("Kommunen ska starta sociala insatsgrupper i två stadsdelar.", "barn_unga", "sociala insatsgrupper")]
    [InlineData("Kommunens anställda ska utbildas om otillåten påverkan.", "organiserad_brottslighet", "otillåten påverkan")]
    [InlineData("Polisen ska upprätthålla den allmänna ordningen vid idrottsarrangemang.", "ordning", "allmänna ordningen")]
    [InlineData("Stödet till dem som lever i nära relationer med förövare ska stärkas.", "vald", "nära relationer")]
    [InlineData("Löftet ska följas upp två gånger om året.", "samverkan", "Löftet ska följas upp")]
    public void Multi_word_terms_decide_as_a_whole(string text, string theme, string phrase)
    {
        Assert.Contains(theme, Themes(text));
        Assert.Contains(phrase, Evidence(text, theme));
    }

    [Fact]
    public void A_word_of_a_phrase_alone_does_not_decide_it()
    {
        Assert.DoesNotContain("ordning", Themes("Kommunen ska ställa i ordning lokalerna."));
        Assert.DoesNotContain("organiserad_brottslighet", Themes("Polisen ska påverka fler unga att välja skolan."));
    }

    [Theory]
    [InlineData("Polisen lovar att i samverkan med kommunen genomföra trygghetsvandringar.", new[] { "dialog" })]
    [InlineData("Kommunen ska i samverkan med polisen mäta hastigheten på infartsvägarna.", new[] { "trafik" })]
    [InlineData("Polisen ska i nära samarbete med skolan besöka eleverna.", new[] { "barn_unga" })]
    [InlineData("Skolan och polisen ska samverka för att minska skolket.", new[] { "barn_unga" })]
    [InlineData("Grannsamverkan ska starta i tre nya bostadsområden.", new[] { "inbrott_stold" })]
    public void Cooperation_said_in_passing_is_not_the_theme_samverkan(string text, string[] themes)
    {
        Assert.Equal(themes, Themes(text));
    }

    [Theory]
    [InlineData("Samverkansgruppen ska träffas varje månad och ta fram en gemensam lägesbild.")]
    [InlineData("En kontinuerlig samverkan mellan polis, kommun och bostadsbolag ska byggas upp.")]
    [InlineData("Kommunen och polisen ska samverka regelbundet.")]
    public void Cooperation_as_the_promise_itself_is_samverkan(string text)
    {
        Assert.Contains("samverkan", Themes(text));
    }

    [Theory]
    [InlineData("Arbetet ska bedrivas utifrån en gemensam analys.")]                  // "utifrån" is no robbery (rån)
    [InlineData("Polisen och kommunen ska arbeta för att alla ska känna sig trygga.")] // "för" is no driver (förare), "sig" no SIG
    [InlineData("Den nya planen bidrog till ökad trygghet.")]                         // "bidrog" is no drug (drog)
    [InlineData("Kommunen ska förbättra tillgängligheten i stadshuset.")]              // "tillgänglighet" holds no gang (gäng)
    [InlineData("Kommunen ska genomföra åtgärderna enligt planen.")]
    public void None_where_nothing_fits(string text)
    {
        Assert.Empty(Themes(text));
    }

    [Theory]
    [InlineData("Hotellet vid torget ska få bättre belysning.", "vald")]           // hotell is not hot
    [InlineData("Kommunen ska bygga fler parkeringsplatser vid stationen.", "offentlig_miljo")] // parkering is not park
    [InlineData("Polisen ska synliggöra problemen i en rapport.", "narvaro")]
    [InlineData("Polisen ska genomföra kontroller av drograttfylleri.", "narkotika")] // drunk or drugged driving is traffic
    public void Look_alike_words_do_not_decide(string text, string notTheme)
    {
        Assert.DoesNotContain(notTheme, Themes(text));
    }

    [Fact]
    public void The_evidence_shows_the_words_as_written_not_the_ones_it_overlooked() // "invandrare" is no "vandring"
    {
        var matches = Classifier.Classify("Invandrare ska få information om polisens arbete.");
        var dialog = Assert.Single(matches);
        Assert.Equal(["information"], dialog.DecidedBy);
    }

    [Fact]
    public void Acronyms_match_only_as_written_in_capitals()
    {
        Assert.Equal(["barn_unga"], Themes("Polisen ska delta i arbetet med SIG."));
        Assert.Equal(["samverkan"], Themes("Kommunen inför metoden EST."));
        Assert.Empty(Themes("Polisen ska anpassa sig efter läget."));
    }

    [Fact]
    public void Several_themes_each_with_the_words_that_decided_it()
    {
        var matches = Classifier.Classify("Polisen ska genomföra trafikkontroller och narkotikaspaning vid högstadieskolorna.");

        Assert.Equal(["barn_unga", "narkotika", "trafik"], matches.Select(m => m.Code).Order(StringComparer.Ordinal));
        Assert.Equal(["trafikkontroller"], matches.Single(m => m.Code == "trafik").DecidedBy);
        Assert.Equal(["narkotikaspaning"], matches.Single(m => m.Code == "narkotika").DecidedBy);
        Assert.Equal(["högstadieskolorna"], matches.Single(m => m.Code == "barn_unga").DecidedBy);
        Assert.Equal("themes-v1", Classifier.TaxonomyVersion);
    }

    [Theory]
    [InlineData("Narkotikan i centrum ska bort.", "narkotika")]
    [InlineData("Hotet mot butiksanställda ska tas på allvar.", "vald")]
    [InlineData("Närvaron i bostadsområdena ska öka.", "narvaro")]
    [InlineData("Skolorna ska få besök av polisen.", "barn_unga")]
    [InlineData("IT-bedrägerier mot äldre ska förebyggas.", "bedrageri")]
    [InlineData("Tillsynen i krog- och restaurangmiljöer ska öka.", "alkohol_tobak")]
    public void Inflections_and_hyphenated_words_are_read(string text, string theme)
    {
        Assert.Contains(theme, Themes(text));
    }

    [Fact]
    public void Decomposed_letters_and_soft_hyphens_do_not_split_words()
    {
        // "Våld" with a combining ring, as some PDFs give it; "trafik­insatser" hyphenated softly across a line.
        Assert.Equal(["vald"], Themes("Va\u030Ald i nära relation ska motverkas."));
        var trafik = Assert.Single(Classifier.Classify("Polisen ska genomföra trafik\u00ADinsatser."));
        Assert.Equal(["trafikinsatser"], trafik.DecidedBy);
    }

    [Theory]
    [InlineData("Polisen ska genomföra riktade insatser i Norrby.", new[] { "narvaro" })]
    [InlineData("Polisen ska genomföra riktade insatser mot narkotikahandeln.", new[] { "narkotika" })]
    [InlineData("Kommunen ska låta medborgarna vara med och bestämma.", new[] { "dialog" })]
    public void Weak_signs_decide_only_where_nothing_else_does(string text, string[] themes)
    {
        Assert.Equal(themes, Themes(text));
    }

    [Theory]
    [InlineData("Trafikkontroller (hastighet-, beteende-, alkohol/drog-kontroller). Mopeder inkluderat.")]
    [InlineData("Trafikkontroller på olika platser inom kommunen med fokus på droger och alkohol i trafiken.")]
    [InlineData("Polisen kommer att genomföra utökat antal trafikkontroller relaterat till alkohol- och drograttonykterhet.")]
    [InlineData("Polisen ska arbeta riktat mot hastighet, buskörning samt drog- och alkoholrattfylleri i centrala Lycksele.")]
    public void Drink_and_drugs_at_the_wheel_are_traffic_only(string text) =>
        Assert.Equal(["trafik"], Themes(text));
}
