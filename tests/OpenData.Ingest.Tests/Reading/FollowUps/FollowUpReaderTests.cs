using System.Text;
using OpenData.Core.Model;
using OpenData.Core.Reference;
using OpenData.Ingest.Contract;
using OpenData.Ingest.Reading;
using OpenData.Ingest.Reading.FollowUps;
using OpenData.Testing;

namespace OpenData.Ingest.Tests.Reading.FollowUps;

public class FollowUpReaderTests
{
    private static readonly Extractor Extractor = Extractor.Create(RepositoryPaths.Data);

    private static readonly string Cases = Path.Combine(RepositoryPaths.Root, "tests", "OpenData.Ingest.Tests", "Fixtures", "FollowUps");

    private static DocumentReading Read(string text, string? url = null) =>
        Extractor.Extract(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", url);

    [Fact]
    public void A_police_follow_up_is_read_item_by_item_with_its_period_counts_and_the_words_that_decided_each_status()
    {
        var reading = Read("""
            Uppföljning av medborgarlöften i Luleå, maj-juli 2018

            Lokalpolisområde Luleå/Boden har tillsammans med Luleå kommun gett medborgarna löften som sammantaget ska öka tryggheten.

            Trafiksäkerhet

            Polisen har utfört 71 trafikkontroller under perioden maj-juli vilket motsvarar 0,78 kontroller/dag.

            Närvaro i glesbygd

            Vi har försökt att vara synliga i kommunens byar, dock inte i den utsträckning vi velat.

            Information till ensamkommande flyktingbarn

            Polisen har genomfört information/dialog vid kommunens samtliga boendeformer under februari/mars månad. Löftet är genomfört.
            """, "https://polisen.se/om-polisen/medborgarloften/lulea/uppfoljning-maj-juli-2018/");

        Assert.Equal(DocumentKind.Uppfoljning, reading.Kind);
        Assert.Equal(Actor.Polis, reading.ReportedBy);
        Assert.Collection(reading.Reports,
            traffic =>
            {
                Assert.Equal("Trafiksäkerhet", traffic.Subject);
                Assert.Equal(FollowUpStatus.Done, traffic.Status);
                Assert.Equal(["utfört"], traffic.DecidedBy);
                Assert.Equal([new ReportedCount(71, "trafikkontroller")], traffic.Counts);
                Assert.Equal("maj-juli 2018", traffic.Period);
                Assert.Equal(new DateOnly(2018, 7, 31), traffic.CoversUntil);
                Assert.Equal([Actor.Polis], traffic.Actors);
            },
            presence =>
            {
                Assert.Equal(FollowUpStatus.Partly, presence.Status);
                Assert.Equal(["inte i den utsträckning"], presence.DecidedBy);
                Assert.Empty(presence.Counts);
            },
            information =>
            {
                Assert.Equal(FollowUpStatus.Done, information.Status);
                Assert.Contains("är genomfört", information.DecidedBy);
            });
    }

    [Theory]
    [InlineData("Den planerade insatsen har inte genomförts på grund av sjukdom.", FollowUpStatus.NotDone, "har inte genomförts")]
    [InlineData("Öppet hus på polisstationen ställdes in.", FollowUpStatus.Cancelled, "ställdes in")]
    [InlineData("Arbetet med kameror vid torget pågår.", FollowUpStatus.Ongoing, "pågår")]
    [InlineData("Tre vandringar genomfördes men den fjärde har inte genomförts.", FollowUpStatus.Partly, "har inte genomförts")]
    [InlineData("Målet har delvis nåtts.", FollowUpStatus.Partly, "delvis")]
    public void Each_status_is_decided_by_the_words_of_the_report(string text, FollowUpStatus status, string decidedBy)
    {
        var verdict = StatusEvidence.Of(text);
        Assert.NotNull(verdict);
        Assert.Equal(status, verdict.Value.Status);
        Assert.Contains(decidedBy, verdict.Value.DecidedBy);
    }

    [Theory]
    [InlineData("Vi ska genomföra minst fyra trafikinsatser.")]
    [InlineData("Medborgarlöftet ska uppfyllas genom de aktiviteter som redovisas nedan.")]
    public void A_plan_reports_nothing(string text) => Assert.Null(StatusEvidence.Of(text));

    [Fact]
    public void Counts_are_the_numbers_said_to_be_done_never_rates_or_years()
    {
        Assert.Equal([new ReportedCount(12, "trafikinsatser")], ReportedCounts.In("Under 2024 har 12 trafikinsatser genomförts, 1,5 per månad."));
        Assert.Equal([new ReportedCount(10, "tillsyner av serveringstillstånd")], ReportedCounts.In("Polisen har genomfört tio tillsyner av serveringstillstånd i Luleå."));
        Assert.Empty(ReportedCounts.In("Tre av fyra löften sträcker sig över hela året 2018."));
    }

    [Fact]
    public void A_loefte_text_has_no_reports()
    {
        var reading = Read("""
            Medborgarlöfte för Tierps kommun 2024

            • Polisen kommer att genomföra minst 4 riktade trafikinsatser under året.
            """);
        Assert.Empty(reading.Reports);
    }

    [Fact]
    public void The_written_follow_up_cases_are_read_and_linked_as_their_gold_says()
    {
        var evaluation = new FollowUpEvaluation(ReferenceData.Load(RepositoryPaths.Data));
        foreach (var file in Directory.GetFiles(Cases, "*.followups.json").Order(StringComparer.Ordinal))
        {
            evaluation.Add(FollowUpGold.Parse(File.ReadAllText(file)), name => File.ReadAllBytes(Path.Combine(Cases, name)), Extractor);
        }
        Assert.True(evaluation.GoldItems > 0);
        Assert.True(evaluation.Differences.Count == 0, evaluation + "\n" + string.Join("\n", evaluation.Differences));
    }

    [Fact]
    public void A_report_of_other_work_at_the_place_a_promise_names_is_about_no_promise()
    {
        var presence = new LinkCandidate(1, "Polisen arbetar aktivt med hög närvaro vid Uppsala resecentrum", [Actor.Polis], ["narvaro"], [], ["Uppsala resecentrum", "Uppsala"]);
        var report = new FollowUpReading("Fysiska förändringar", "Belysningen i centralpassagen vid Uppsala resecentrum har bytts ut.", "2020–2023", null,
            FollowUpStatus.Done, ["har bytts ut"], [], [], []);

        Assert.Null(PromiseMatcher.Match(report, [presence]).Promise);
    }

    [Fact]
    public void A_compound_meets_its_last_part_and_a_plural_its_singular()
    {
        var lighting = new LinkCandidate(1, "Kommunen ska rusta upp belysningen i Boulevardparken", [Actor.Kommun], [], [], ["Boulevardparken"]);
        var traffic = new LinkCandidate(2, "Polisen ska genomföra en trafikkontroll varje dygn", [Actor.Polis], [], [], []);
        var report = new FollowUpReading("Boulevardparken", "Upprustningen av parkbelysningen har inte genomförts.", "2020", null, FollowUpStatus.NotDone, [], [], [], []);
        var counted = new FollowUpReading(null, "Polisen har utfört 301 trafikkontroller.", "2020", null, FollowUpStatus.Done, [], [], [Actor.Polis], []);

        Assert.Same(lighting, PromiseMatcher.Match(report, [lighting, traffic]).Promise);
        Assert.Same(traffic, PromiseMatcher.Match(counted, [lighting, traffic]).Promise);
    }

    [Fact]
    public void A_loefte_page_reports_in_its_own_follow_up_section_only()
    {
        var reading = Read("""
            Medborgarlöfte i Sätra

            Gävle kommun och polisen har ett gemensamt medborgarlöfte för Sätra som gäller 2022.

            Kommunen ska anställa fler fältassistenter. Vi har genomfört dialoger med boende.

            Uppföljning av medborgarlöfte

            Två nya fältassistenter har anställts och arbetar i Sätra på kvällar.

            Kontakt

            Frågor besvaras av trygghetssamordnaren, som har genomfört dialogerna.
            """, "https://www.gavle.se/trygghet/medborgarlofte-satra/");

        var only = Assert.Single(reading.Reports);
        Assert.StartsWith("Två nya fältassistenter", only.Text);
        Assert.Equal(FollowUpStatus.Done, only.Status);
    }
}
