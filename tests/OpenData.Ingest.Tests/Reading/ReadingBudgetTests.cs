using System.Text;
using OpenData.Ingest.Reading;
using OpenData.Testing;

namespace OpenData.Ingest.Tests.Reading;

public class ReadingBudgetTests
{
    private static readonly Extractor Extractor = Extractor.Create(RepositoryPaths.Data);

    [Fact]
    public void A_page_of_thousands_of_list_items_adds_no_more_promises_than_any_loefte_and_says_so()
    {
        // The shape that once stored 10,277 promises in one löfte: a page that is nothing but list items.
        var items = string.Concat(Enumerable.Range(1, 3_000).Select(i => $"<li>Polisen lovar att genomföra trafikkontroll nummer {i} i centrum.</li>"));
        var html = $"<html><body><h1>Medborgarlöfte för Åsele 2024</h1><h2>Polisen lovar att:</h2><ul>{items}</ul></body></html>";
        var reading = Extractor.Extract(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", "https://polisen.se/om-polisen/medborgarloften/asele/");
        Assert.Equal(ReadingBudget.MaxPromises, reading.Promises.Count);
        Assert.Contains("trafikkontroll nummer 1 ", reading.Promises[0].Text);
        Assert.Contains(reading.Warnings, w => w.Contains("promises, more than any löfte"));
    }
}
