using OpenData.Core.Reference;
using OpenData.Harvester.Sources;
using OpenData.Testing;

using OpenData.Core.Text;

namespace OpenData.Harvester.Tests.Sources;

public class SourceRegistryTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(RepositoryPaths.Data);

    [Theory]
    [InlineData("Västerås", "vasteras")]
    [InlineData("Upplands Väsby", "upplands-vasby")]
    [InlineData("Malung-Sälen", "malung-salen")]
    [InlineData("Östra Göinge", "ostra-goinge")]
    [InlineData("Västmanlands län", "vastmanlands-lan")]
    [InlineData("Åre", "are")]
    public void Place_names_become_slugs_by_polisen_se_rule(string name, string slug) => Assert.Equal(slug, Slug.For(name));

    [Fact]
    public void Every_kommun_gets_its_polisen_se_page_by_the_2023_address_form()
    {
        var pages = PolisenLoftePages.Generate(Reference).ToList();

        Assert.Equal(290, pages.Count);
        Assert.Equal(290, pages.Select(p => p.Key).Distinct().Count());
        Assert.Equal(290, pages.Select(p => p.Url).Distinct().Count());
        var vasteras = Assert.Single(pages, p => p.Kommuner.SequenceEqual(["1980"]));
        Assert.Equal("https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/vastmanlands-lan/vasteras/", vasteras.Url);
        Assert.All(pages, p => Assert.False(p.Verified));
        // Habo and Håbo share a slug; the län keeps their keys and addresses apart.
        Assert.Equal(2, pages.Count(p => p.Url.EndsWith("/habo/")));
    }

    [Fact]
    public void The_shipped_registry_has_no_errors_covers_every_kommun_and_guesses_only_where_nothing_was_seen()
    {
        var registry = SourceRegistry.Load(RepositoryPaths.Data.SourcesFile);

        var problems = SourceRegistryCheck.Run(registry, Reference);

        Assert.DoesNotContain(problems, p => p.Level == RegistryProblem.Severity.Error);
        Assert.Equal(290, registry.Sources.SelectMany(s => s.Kommuner).Distinct().Count());
        Assert.All(registry.Sources, s => Assert.False(s.Verified, $"{s.Key} claims to be verified"));
        Assert.All(registry.Sources, s => Assert.Contains(s.Basis, SourceBasis.All));
        var seen = registry.Sources.Where(s => s.Basis == SourceBasis.SeenPublished).ToList();
        Assert.True(seen.Count > 600, $"{seen.Count} addresses seen published");
        Assert.All(seen, s => Assert.Equal(FoundBy.Census, s.FoundBy));
        var seenKommuner = seen.SelectMany(s => s.Kommuner).ToHashSet();
        Assert.All(registry.Sources.Where(s => s.Basis == SourceBasis.Guess), s => Assert.DoesNotContain(s.Kommuner[0], seenKommuner));
        // Östersund's current löfte is under the second pattern; Högsby's page is Mönsterås' too.
        Assert.Contains(seen, s => s.Url == "https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/ostersund/");
        Assert.Contains(seen, s => s.Url.EndsWith("/medborgarloften/hogsby/") && s.Kommuner.SequenceEqual(["0821", "0861"]));
        Assert.All(registry.Sources, s => Assert.DoesNotContain("mitti.se", s.Url));
    }

    [Fact]
    public void Regenerating_makes_slug_rule_guesses_only_for_kommuner_no_other_entry_covers()
    {
        var seen = new RegisteredSource
        {
            Key = "kommun/svalov/medborgarloften", Url = "https://www.svalov.se/x", Kind = SourceKinds.KommunPage,
            Kommuner = ["1214"], Publisher = "Svalövs kommun", CheckEvery = "P14D", Basis = SourceBasis.SeenPublished, FoundBy = FoundBy.Census,
        };
        var stale = new RegisteredSource
        {
            Key = "polisen/gammal", Url = "https://polisen.se/gammal/", Kind = SourceKinds.PolisenLoftePage,
            Kommuner = ["1214"], Publisher = "Polisen", CheckEvery = "P7D", Basis = SourceBasis.Guess, FoundBy = FoundBy.SlugRule,
        };

        var registry = new SourceRegistry { Sources = [stale, seen] }.WithGuesses(PolisenLoftePages.Generate(Reference));

        Assert.Equal(290, registry.Sources.Count);
        Assert.Contains(seen, registry.Sources);
        Assert.DoesNotContain(stale, registry.Sources);
        Assert.DoesNotContain(registry.Sources, s => s.FoundBy == FoundBy.SlugRule && s.Kommuner.Contains("1214"));
    }

    [Fact]
    public void The_check_names_what_is_wrong_with_an_entry()
    {
        RegisteredSource Entry(string key, string url, string kind = SourceKinds.KommunPage, string kommun = "1214", string every = "P7D") => new()
        {
            Key = key, Url = url, Kind = kind, Kommuner = [kommun], Publisher = "Svalövs kommun", CheckEvery = every,
        };
        var registry = new SourceRegistry
        {
            Sources =
            [
                Entry("a", "https://www.svalov.se/a"),
                Entry("a", "https://www.svalov.se/b"),
                Entry("c", "https://www.svalov.se/a"),
                Entry("d", "ftp://www.svalov.se/d"),
                Entry("e", "https://www.svalov.se/e", kommun: "9999"),
                Entry("f", "https://www.svalov.se/f", kind: "crawl-everything"),
                Entry("g", "https://www.svalov.se/g", every: "weekly"),
                Entry("h", "http://www.svalov.se/h", every: "PT5M"),
            ],
        };

        var problems = SourceRegistryCheck.Run(registry, Reference).Select(p => p.ToString()).ToList();

        Assert.Contains("error: a: the key is used twice", problems);
        Assert.Contains("error: c: the address is registered already, as a", problems);
        Assert.Contains("error: d: 'ftp://www.svalov.se/d' is not an absolute http(s) address", problems);
        Assert.Contains("error: e: kommun '9999' is not in the reference data", problems);
        Assert.Contains(problems, p => p.StartsWith("error: f: unknown kind 'crawl-everything'"));
        Assert.Contains("error: g: checkEvery 'weekly' is not an ISO 8601 duration such as P7D", problems);
        Assert.Contains(problems, p => p.StartsWith("error: h: checkEvery PT5M is outside"));
        Assert.Contains("warning: h: not HTTPS: polisen.se and most kommuner serve only HTTPS", problems);
        Assert.Contains(problems, p => p.StartsWith("warning: 289 kommun(er) without any source"));
    }

    [Fact]
    public void A_file_that_is_not_a_registry_is_refused_with_its_name()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "sources.json");
        File.WriteAllText(file, "{ \"sources\": [ { \"key\": 1 } ] }");

        var e = Assert.Throws<SourceRegistryException>(() => SourceRegistry.Load(file));

        Assert.StartsWith($"{file}: not a source registry", e.Message);
    }
}
