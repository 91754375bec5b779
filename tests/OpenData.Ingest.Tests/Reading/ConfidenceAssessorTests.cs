using System.Text;
using OpenData.Core.Model;
using OpenData.Ingest.Reading;
using OpenData.Testing;

namespace OpenData.Ingest.Tests.Reading;

public class ConfidenceAssessorTests
{
    private static readonly Extractor Extractor = Extractor.Create(RepositoryPaths.Data);

    private static DocumentReading Read(string html, string url = "https://example.org/") =>
        Extractor.Extract(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", url);

    [Fact]
    public void A_loefte_with_its_years_its_kommun_and_a_list_of_commitments_is_read_with_certainty()
    {
        var reading = Read("""
            <html><body><h1>Medborgarlöfte för Åsele kommun 2024</h1><p>Polisen och Åsele kommun lovar att:</p><ul>
            <li>Genomföra trafikkontroller vid skolorna varje termin.</li>
            <li>Genomföra trygghetsvandringar i centrum två gånger per år.</li>
            <li>Arbeta förebyggande mot narkotika bland unga.</li></ul></body></html>
            """);
        Assert.Equal(1.0, reading.Confidence.Score);
        Assert.Empty(reading.Confidence.Reasons);
        Assert.False(reading.Confidence.Uncertain);
    }

    [Fact]
    public void A_loefte_that_states_only_its_aims_with_no_year_and_a_kommun_from_its_address_is_uncertain_and_says_why()
    {
        var reading = Read("""
            <html><body><h1>Medborgarlöfte</h1><p>Vi vill minska brottsligheten och öka tryggheten för alla som bor här.</p>
            <p>Målet är att fler ska känna sig trygga i centrum.</p></body></html>
            """, "https://polisen.se/om-polisen/medborgarloften/vasterbottens-lan/asele/");
        Assert.True(reading.Confidence.Uncertain);
        Assert.Equal(UncertaintyReason.GoalsOnly, reading.Confidence.Reasons[0]);
        Assert.Contains(UncertaintyReason.YearsNotStated, reading.Confidence.Reasons);
        Assert.Contains(UncertaintyReason.KommunInferredFromAddress, reading.Confidence.Reasons);
        Assert.True(reading.Confidence.Score < ReadingCertainty.UncertainBelow);
        Assert.Equal("Texten anger mål och syften men inga åtaganden.", reading.Confidence.Reasons[0].Sv());
    }

    [Fact]
    public void Every_reason_has_a_word_that_reads_back_and_a_swedish_sentence()
    {
        foreach (var reason in Enum.GetValues<UncertaintyReason>())
        {
            Assert.Equal(reason, UncertaintyReasonWords.Parse(reason.Word()));
            Assert.EndsWith(".", reason.Sv());
        }
    }
}
