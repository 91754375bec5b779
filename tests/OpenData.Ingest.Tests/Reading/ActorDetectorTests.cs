using OpenData.Ingest.Tests.Fixtures;

namespace OpenData.Ingest.Tests.Reading;

public class ActorDetectorTests
{
    private static readonly IReadOnlyList<string> PolisOchKommun = ["polis", "kommun"];

    private static IReadOnlyList<string> Detect(string text, params string[] context) =>
        TestReading.Actors.Detect(text, context, PolisOchKommun);

    [Theory]
    [InlineData("Polisen lovar att synas i centrum.", "polis")]
    [InlineData("Kommunen och polisen ska tillsammans rensa buskage.", "polis,kommun")]
    [InlineData("Polisen arbetar aktivt med hög närvaro vid resecentrum", "polis")]
    [InlineData("Under året ska Ljusdals kommun informera om droger.", "kommun")]
    [InlineData("Om det uppkommer önskemål så lovar kommun och polis att bistå.", "polis,kommun")]
    [InlineData("Under 2020 ska polisen och Region Gotland stärka sitt arbete.", "polis,kommun")]
    [InlineData("Riktade insatser av Västerås stad och polis ska genomföras i Råby.", "polis,kommun")]
    [InlineData("Räddningstjänsten ska informera om brandsäkerhet.", "annan")]
    [InlineData("Förbättrad belysning är viktigt. Arboga kommun lovar att följa upp belysningsprogrammet.", "kommun")]
    [InlineData("Sölvesborgs komrnun och Po1isen ska tillsammans arbeta mot droger.", "polis,kommun")]
    public void The_promise_s_own_subject_says_who_promises(string text, string actors) =>
        Assert.Equal(actors.Split(','), Detect(text));

    [Theory]
    [InlineData("Genomföra trygghetsvandringar i centrum (Polisen)", "polis")]
    [InlineData("Informera föräldrar om droger (kommun och polis)", "polis,kommun")]
    [InlineData("Anordna aktiviteter på sommarlovet (kommun, polis och näringsliv).", "polis,kommun,annan")]
    public void A_suffix_names_the_parties(string text, string actors) =>
        Assert.Equal(actors.Split(','), Detect(text));

    [Theory]
    [InlineData("Kommunen lovar att:", "kommun")]
    [InlineData("Lokalpolisområde Karlstad kommer att:", "polis")]
    [InlineData("Polisen och kommunen skall tillsammans", "polis,kommun")]
    [InlineData("Det här ska vi göra:", "polis,kommun")]
    [InlineData("Vi lovar", "polis,kommun")]
    [InlineData("Polisen", "polis")]
    public void Without_a_subject_the_lead_says_who_promises(string lead, string actors) =>
        Assert.Equal(actors.Split(','), Detect("genomföra trafikkontroller vid skolorna", lead));

    [Fact]
    public void A_subject_that_is_no_party_leaves_it_to_the_lead()
    {
        Assert.Equal(["kommun"], Detect("trygghetsvärdar kommer att arbeta under sommaren.", "Kommunen lovar att:"));
        Assert.Equal(["polis", "kommun"], Detect("Ingripa mot störande ungdomar.", "Detta ska ske genom att:", "Utifrån lägesbilden lovar Växjö lokalpolisområde och Växjö kommun att arbeta mot oro."));
        Assert.Empty(Detect("Lägesbild för Råslätt ska tas fram varje vecka.", "Effektiv samordning för trygghet"));
    }

    [Fact]
    public void A_party_mentioned_in_passing_is_not_an_actor() =>
        Assert.Empty(Detect("För att öka tryggheten skapas ett områdeskontor för polisen."));

    [Fact]
    public void The_signatories_are_read_from_who_agreed()
    {
        Assert.Equal(["polis", "kommun", "annan"], TestReading.Actors.Signatories(["Örebro kommun, ÖrebroBostäder, Västerporten och lokalpolisområde Örebro har kommit överens om ett medborgarlöfte."]));
        Assert.Equal(["polis"], TestReading.Actors.Signatories(["Det här är polisens medborgarlöfte för stadsdelen Kungsholmen."]));
        Assert.Equal(["polis", "kommun"], TestReading.Actors.Signatories(["Här presenterar vi medborgarlöftet som undertecknats mellan LPO Västerås och Västerås stad."]));
        Assert.Equal(["polis", "kommun"], TestReading.Actors.Signatories(["Trygghet är viktigt för alla i kommunen."]));
        Assert.Equal(["polis"], TestReading.Actors.Signatories(["Polisen har genomfört medborgardialoger.", "Det här ska vi göra", "Lokalpolisområdeschef Norrmalm", "Region Stockholm"]));
        Assert.Equal(["polis", "kommun", "annan"],
            TestReading.Actors.Detect("Insatser mot öppen droghantering", ["Aktörerna lovar"], TestReading.Actors.Signatories(["Sala kommun, Salabostäder och Polisen har tecknat ett löfte."])));
    }
}
