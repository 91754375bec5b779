using System.Text.Json;
using OpenData.Harvester.Commands;
using OpenData.Harvester.Contract;
using OpenData.Harvester.Extraction;
using OpenData.Testing;

namespace OpenData.Harvester.Tests;

public class ExtractCommandTests
{
    private static readonly Extractor Extractor = Extractor.Create(RepositoryPaths.Data);

    private static string[] Seeds => Directory.GetFiles(Path.Combine(RepositoryPaths.Shared, "seeds"), "*.txt").Order().ToArray();

    [Fact]
    public void Every_seed_gives_one_contract_line()
    {
        Assert.Equal(5, Seeds.Length);
        foreach (var seed in Seeds)
        {
            var line = ContractJson.Serialize(ExtractCommand.ExtractOne(Extractor, seed, null, null));
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            foreach (var field in new[] { "file", "kind", "title", "published", "kommuner", "lokalpolisomraden", "years", "promises", "people" })
            {
                Assert.True(root.TryGetProperty(field, out _), $"{seed}: no {field}");
            }
            Assert.Contains(root.GetProperty("kind").GetString(), new[] { "lofte", "nyhet", "uppfoljning" });
            Assert.DoesNotContain("\\u00", line, StringComparison.Ordinal); // å, ä, ö stay readable
        }
    }

    [Fact]
    public void Reads_the_Asele_lofte()
    {
        var asele = Assert.IsType<ExtractedDocument>(ExtractCommand.ExtractOne(Extractor, Seeds.Single(s => s.Contains("004_")), null, null));
        Assert.Equal("lofte", asele.Kind);
        Assert.Equal("Medborgarlöfte i Åsele", asele.Title);
        Assert.Equal(["2463"], asele.Kommuner);
        Assert.Equal([2017], asele.Years);
        Assert.Equal(4, asele.Promises.Count);
        Assert.StartsWith("Polisen lovar att genomföra minst 4 riktade trafikinsatser", asele.Promises[0].Text);
        Assert.Equal(["polis", "kommun"], asele.Promises[3].Actors);
        var target = Assert.Single(asele.Promises[0].Targets);
        Assert.Equal((4, "år"), (target.Count, target.Per));
    }

    [Fact]
    public void A_missing_file_gets_an_error_line_and_the_batch_goes_on()
    {
        var line = ExtractCommand.ExtractOne(Extractor, "/no/such/file.txt", null, null);
        var error = Assert.IsType<ExtractionError>(line);
        Assert.Equal("no such file", error.Error);
    }

    [Fact]
    public void Binary_junk_is_refused_without_inventing_content()
    {
        using var folder = new TempFolder();
        var junk = Path.Combine(folder.Path, "junk.bin");
        File.WriteAllBytes(junk, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray());
        var error = Assert.IsType<ExtractionError>(ExtractCommand.ExtractOne(Extractor, junk, null, null));
        Assert.Contains("binary", error.Error);
    }
}
