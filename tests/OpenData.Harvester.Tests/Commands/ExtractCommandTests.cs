using System.Diagnostics;
using System.Text;
using System.Text.Json;
using OpenData.Harvester.Commands;
using OpenData.Ingest.Contract;
using OpenData.Ingest.Reading;
using OpenData.Testing;

using OpenData.Testing.Documents;

namespace OpenData.Harvester.Tests.Commands;

public class ExtractCommandTests
{
    private static readonly Extractor Extractor = Extractor.Create(RepositoryPaths.Data);

    /// <summary>The recorded pages' bodies in data/archive: the published texts the project started from, as files.</summary>
    private static string[] Seeds => Directory.GetFiles(Path.Combine(RepositoryPaths.Data.Archive, "snapshots"), "*.json").Order(StringComparer.Ordinal)
        .Select(RecordedBody).ToArray();

    private static string RecordedBody(string snapshotFile)
    {
        using var meta = JsonDocument.Parse(File.ReadAllBytes(snapshotFile));
        return Path.Combine(RepositoryPaths.Data.Archive, "bodies", meta.RootElement.GetProperty("sha256").GetString()!);
    }

    [Fact]
    public void Every_seed_gives_one_contract_line()
    {
        Assert.True(Seeds.Length >= 5, $"{Seeds.Length} recorded pages");
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
        var asele = Assert.IsType<ExtractedDocument>(ExtractCommand.ExtractOne(Extractor, RecordedBody(Path.Combine(RepositoryPaths.Data.Archive, "snapshots", "polisen-medborgarlofte-asele-2017.json")), null, null));
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
    public void A_decompression_bomb_gets_an_error_line_that_reads_as_written()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "bomb.pdf");
        File.WriteAllBytes(path, new TestPdf().Line("Polisen lovar att synas.").WithUnusedStream(300L * 1024 * 1024).Build());
        var line = ContractJson.Serialize(ExtractCommand.ExtractOne(Extractor, path, null, null));
        Assert.Contains("the PDF's compressed streams expand to more than 256 MB", line);
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

    [Fact]
    public void A_batch_with_bad_files_gives_one_line_per_file_in_order_and_goes_on()
    {
        using var folder = new TempFolder();
        var text = Write(folder, "lofte.txt", Encoding.UTF8.GetBytes("Medborgarlöfte i Tibro 2024\n\nPolisen lovar att:\n • synas i centrum varje helg\n"));
        var junk = Write(folder, "junk.txt", Enumerable.Range(0, 4096).Select(i => (byte)(i * 13 % 256)).ToArray());
        var scan = Write(folder, "scan.pdf", TestPdf.WithoutText());
        var pdf = Write(folder, "lofte.bin", new TestPdf().Line("Medborgarlöfte för Åmål 2024", size: 18, bold: true).Line("Kommunen lovar att:", bold: true)
            .Line("•    sanera klotter inom två dygn").Build());
        var huge = Path.Combine(folder.Path, "huge.html");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(50L * 1024 * 1024);
        }
        var (exit, lines) = Run("extract", text, Path.Combine(folder.Path, "missing.txt"), junk, huge, scan, pdf);

        Assert.Equal(1, exit);
        Assert.Equal(6, lines.Count);
        Assert.Equal([text, Path.Combine(folder.Path, "missing.txt"), junk, huge, scan, pdf], lines.Select(l => l.GetProperty("file").GetString()));
        Assert.Equal("synas i centrum varje helg", lines[0].GetProperty("promises")[0].GetProperty("text").GetString());
        Assert.Equal("no such file", lines[1].GetProperty("error").GetString());
        Assert.Contains("binary", lines[2].GetProperty("error").GetString());
        Assert.Contains("too large", lines[3].GetProperty("error").GetString());
        Assert.Contains("no text layer", lines[4].GetProperty("error").GetString());
        Assert.Equal("Medborgarlöfte för Åmål 2024", lines[5].GetProperty("title").GetString()); // sniffed as PDF despite its name
        Assert.Equal(["1492"], lines[5].GetProperty("kommuner").EnumerateArray().Select(k => k.GetString()));
        Assert.All(lines.Skip(1).Take(4), l => Assert.False(l.TryGetProperty("promises", out _)));
    }

    [Theory]
    [InlineData("html")]
    [InlineData("text")]
    public void Binary_bytes_are_refused_also_when_a_text_format_is_insisted_on(string format)
    {
        using var folder = new TempFolder();
        var junk = Write(folder, "junk.bin", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray());
        var (exit, lines) = Run("extract", "--format", format, junk);
        Assert.Equal(1, exit);
        var line = Assert.Single(lines);
        Assert.Equal($"not a document: the bytes are binary, not {format}", line.GetProperty("error").GetString());
        Assert.False(line.TryGetProperty("promises", out _));
    }

    [Fact]
    public void A_folder_stands_for_its_files_in_name_order_and_an_empty_one_says_so()
    {
        using var folder = new TempFolder();
        var pages = Directory.CreateDirectory(Path.Combine(folder.Path, "sidor")).FullName;
        var b = Write(folder, Path.Combine("sidor", "b.txt"), Encoding.UTF8.GetBytes("Medborgarlöfte i Tibro 2024\n\nPolisen lovar att:\n • synas i centrum varje helg\n"));
        var a = Write(folder, Path.Combine("sidor", "a.txt"), Encoding.UTF8.GetBytes("Medborgarlöfte i Åmål 2024\n\nKommunen lovar att:\n • sanera klotter inom två dygn\n"));
        Write(folder, Path.Combine("sidor", ".hidden"), [1, 2, 3]);
        var empty = Directory.CreateDirectory(Path.Combine(folder.Path, "tom")).FullName;

        var (exit, lines) = Run("extract", pages, empty);

        Assert.Equal(1, exit);
        Assert.Equal([a, b, empty], lines.Select(l => l.GetProperty("file").GetString()));
        Assert.Equal("lofte", lines[0].GetProperty("kind").GetString());
        Assert.Equal("a folder with no files in it", lines[2].GetProperty("error").GetString());
    }

    [Fact]
    public void The_address_given_with_url_dates_a_news_item()
    {
        using var folder = new TempFolder();
        var news = Write(folder, "nyhet.html", Encoding.UTF8.GetBytes(
            "<html><body><main><h1>Nu är löftena för Härjedalen undertecknade</h1><p>Onsdagen den 1 mars skrev polisen och Härjedalens kommun under löftet för 2017.</p></main></body></html>"));
        var (exit, lines) = Run("extract", "--format", "html", "--url", "https://polisen.se/aktuellt/nyheter/2017/mars/nu-ar-loftena-undertecknade/", news);
        Assert.Equal(0, exit);
        var line = Assert.Single(lines);
        Assert.Equal(("nyhet", "2017-03-01"), (line.GetProperty("kind").GetString(), line.GetProperty("published").GetString()));
    }

    private static string Write(TempFolder folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs the harvester as `extract` is run from the shell, and reads its JSON Lines.</summary>
    private static (int Exit, List<JsonElement> Lines) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpenData.Harvester.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(RepositoryPaths.Data.Root);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = stderr.Result;
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (process.ExitCode, lines);
    }
}
