using OpenData.Core.Model;
using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Tests.Reading;

public class TargetParserTests
{
    private static List<(int, string?)> Targets(string text) => TargetParser.Parse(text).Select(t => (t.Count, t.Per?.Word())).ToList();

    [Theory]
    [InlineData("Polisen lovar att genomföra minst 4 riktade trafikinsatser i Åsele under året.", 4, "år")]
    [InlineData("besöka skolorna minst 2 gånger/år under läsåret", 2, "år")]
    [InlineData("genomföra fem trygghetsvandringar per termin", 5, "termin")]
    [InlineData("Under 2020 ska tre gemensamma informationsinsatser genomföras.", 3, "år")]
    [InlineData("Lägesbilden ska tas fram en gång i veckan.", 1, "vecka")]
    [InlineData("Vid 5 tillfällen per vecka utföra trafikkontroll eller fotpatrull.", 5, "vecka")]
    [InlineData("Kommunen ska under året genomföra tolv mätningar i avloppsvattnet.", 12, "år")]
    [InlineData("Kommun och polis ska varje år göra minst en gemensam tillsyn.", 1, "år")]
    [InlineData("Genomföra minst 80 utbildningstillfällen för unga.", 80, null)]
    [InlineData("hålla två möten om månaden med föreningarna", 2, "månad")]
    [InlineData("genomföra 1 200 registrerade fotpatrulleringar", 1200, null)]
    public void Reads_counts_in_digits_and_words_with_their_period(string text, int count, string? per) =>
        Assert.Equal([(count, per)], Targets(text));

    [Theory]
    [InlineData("fortsätta med samverkansmöten varje onsdag på polisstationen", 1, "vecka")]
    [InlineData("Polisen lovar att varje skoltermin besöka skolorna.", 1, "termin")]
    [InlineData("genomföra den årliga trygghetsvandringen i Vingåker", 1, "år")]
    [InlineData("Resultaten redovisas varje tertial.", 3, "år")]
    [InlineData("Arbetet följs upp kvartalsvis.", 4, "år")]
    [InlineData("varje vecka patrullera i centrum", 1, "vecka")]
    public void A_stated_frequency_is_a_count(string text, int count, string per) =>
        Assert.Equal([(count, per)], Targets(text));

    [Theory]
    [InlineData("informera elever i årskurs 8 och deras föräldrar")]
    [InlineData("informationsträffar för föräldrar till barn i årskurs 4-6")]
    [InlineData("Polisen och kommunen genomför i mars gemensamma möten i de yttre miljöerna.")]
    [InlineData("Under 2020 ska polisen stärka sin förmåga att uppfatta signaler.")]
    [InlineData("rikta insatser mot ungdomar 15-17 år och personer över 18 år")]
    [InlineData("genomföra 200 stycken 20 minuters kontroller")] // one target: the 20 minutes are a duration
    [InlineData("enligt 3 kap. 5 § socialtjänstlagen")]
    [InlineData("genomföra medborgardialoger minst varannat år")]
    [InlineData("för att bättre kunna förebygga brott")]
    public void Years_dates_ages_durations_and_labels_are_not_targets(string text) =>
        Assert.DoesNotContain(TargetParser.Parse(text), t => t.Count != 200);

    [Fact]
    public void Each_number_bound_is_a_target() =>
        Assert.Equal([(52, null), (20, null)], Targets("upptäcka minst 52 stycken narkotikabrott varav minst 20 procent ska vara förstagångsanvändare"));

    [Fact]
    public void One_occasion_a_week_is_a_target_and_the_lofte_s_kommuner_are_not()
    {
        Assert.Equal([(1, "vecka")], Targets("Upprätthållande av lokalt poliskontor vid ett tillfälle per vecka."));
        Assert.Empty(TargetParser.Parse("I största möjliga mån arbeta utifrån den aktuella lägesbilden i våra tre kommuner."));
    }
}
