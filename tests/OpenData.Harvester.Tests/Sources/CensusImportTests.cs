using OpenData.Core.Reference;
using OpenData.Harvester.Sources;
using OpenData.Testing;

namespace OpenData.Harvester.Tests.Sources;

public class CensusImportTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(RepositoryPaths.Data);

    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "tests", "OpenData.Harvester.Tests", "Fixtures", "Census", "loften-addresses-sample.csv");

    private static (SourceRegistry Registry, CensusImport.Summary Summary) Import(SourceRegistry? previous = null) =>
        CensusImport.Build(CensusAddress.Read(Sample), Reference, previous, thisYear: 2026);

    private static RegisteredSource At(SourceRegistry registry, string url) => Assert.Single(registry.Sources, s => s.Url == url);

    [Fact]
    public void Every_polisen_se_and_kommun_address_seen_becomes_an_entry_with_its_years_and_kommuner()
    {
        var (registry, summary) = Import();

        var current = At(registry, "https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/stockholms-lan/vallentuna/");
        Assert.Equal("polisen/stockholms-lan/vallentuna", current.Key);
        Assert.Equal(SourceKinds.PolisenLoftePage, current.Kind);
        Assert.Equal(SourceBasis.SeenPublished, current.Basis);
        Assert.Equal(FoundBy.Census, current.FoundBy);
        Assert.Equal(["2021-2022"], current.SeenYears);
        Assert.False(current.Verified);
        Assert.Equal("P7D", current.CheckEvery);

        // The old pattern, holding löften that ended long ago: checked monthly.
        var old = At(registry, "https://polisen.se/om-polisen/medborgarloften/vallentuna/");
        Assert.Equal("polisen/medborgarloften/vallentuna", old.Key);
        Assert.Equal("P30D", old.CheckEvery);

        // Seen over http; fetched over HTTPS, credited to the kommun by its proper name.
        var own = At(registry, "https://www.vallentuna.se/sv/Omsorg-och-hjalp/Trygg-och-saker/Samverkan-mellan-kommun-och-polis/");
        Assert.Equal(SourceKinds.KommunPage, own.Kind);
        Assert.Equal("Vallentuna kommun", own.Publisher);

        Assert.Equal(["2023-2024", "2021-2022"], At(registry, "https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/odeshogs-kommun/").SeenYears);
        Assert.Equal(10, summary.Addresses);
    }

    [Fact]
    public void Shared_pages_cover_each_kommun_they_were_seen_for_and_parts_of_a_kommun_say_which()
    {
        var (registry, _) = Import();

        Assert.Equal(["0821", "0861"], At(registry, "https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/hogsby/").Kommuner);
        // Orust and Tjörn were seen on Stenungsund's page under "other": the page still covers them.
        var shared = At(registry, "https://www.stenungsund.se/webbsidor/huvudmeny/kommunpolitik/medborgarloften.4.2a970541587537a4a536ddc.html");
        Assert.Equal(["1415", "1419", "1421"], shared.Kommuner);
        Assert.Equal("Stenungsunds kommun", shared.Publisher);
        Assert.Equal("kungsholmen", At(registry, "https://polisen.se/om-polisen/medborgarloften/stockholm-kungsholmen/").Area);
        Assert.Null(At(registry, "https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/odeshogs-kommun/").Area);
        // Two Göteborg stadsdelar publish under the same last segment: the keys take more of the path.
        Assert.Equal(
            ["kommun/goteborg.se/medborgarloftet", "kommun/goteborg.se/trygg-i-vastra-hisingen/medborgarloftet"],
            registry.Sources.Where(s => s.Kommuner.SequenceEqual(["1480"]) && s.Basis != SourceBasis.Guess).Select(s => s.Key).Order());
    }

    [Fact]
    public void Newspapers_and_third_party_copies_are_left_out_and_a_kommuns_press_room_stays()
    {
        var (registry, summary) = Import();

        Assert.DoesNotContain(registry.Sources, s => s.Url.Contains("mitti.se") || s.Url.Contains("sydsvenskan") || s.Url.Contains("docplayer") || s.Url.Contains("abcdocz"));
        var room = Assert.Single(registry.Sources, s => s.Url.Contains("mynewsdesk.com/se/solvesborgs_kommun/"));
        Assert.Equal(SourceKinds.KommunNews, room.Kind);
        Assert.Equal("Sölvesborgs kommun", room.Publisher);
        Assert.Equal(4, summary.ThirdPartyRows);
    }

    [Fact]
    public void Guesses_are_kept_only_for_kommuner_where_nothing_was_seen()
    {
        var previous = new SourceRegistry
        {
            Sources =
            [
                new RegisteredSource
                {
                    Key = "kommun/lomma/medborgarloften", Url = "https://www.lomma.se/trygghet-och-sakerhet/medborgarloften", Kind = SourceKinds.KommunPage,
                    Kommuner = ["1262"], Publisher = "Lomma kommun", CheckEvery = "P14D", Basis = "guessed-path",
                },
                new RegisteredSource
                {
                    Key = "kommun/vallentuna/medborgarloften", Url = "https://www.vallentuna.se/trygghet-och-sakerhet/medborgarloften", Kind = SourceKinds.KommunPage,
                    Kommuner = ["0115"], Publisher = "Vallentuna kommun", CheckEvery = "P14D", Basis = "guessed-path",
                },
            ],
        };

        var (registry, summary) = Import(previous);

        var seenKommuner = registry.Sources.Where(s => s.Basis == SourceBasis.SeenPublished).SelectMany(s => s.Kommuner).ToHashSet();
        Assert.All(registry.Sources.Where(s => s.Basis == SourceBasis.Guess), g => Assert.DoesNotContain(g.Kommuner[0], seenKommuner));
        // Lomma was seen only in a newspaper: its polisen.se page by the slug rule and its old kommun-site guess stay, as guesses.
        var lomma = registry.Sources.Where(s => s.Kommuner.Contains("1262")).ToList();
        Assert.Equal([FoundBy.GuessedPath, FoundBy.SlugRule], lomma.Select(s => s.FoundBy).Order());
        Assert.All(lomma, s => Assert.Equal(SourceBasis.Guess, s.Basis));
        Assert.DoesNotContain(registry.Sources, s => s.Key == "kommun/vallentuna/medborgarloften");
        Assert.Equal(290, summary.Kommuner);
        Assert.Equal(290, registry.Sources.SelectMany(s => s.Kommuner).Distinct().Count());
        // A Västra Götaland guess sits under vastra-gotaland, as all 49 of its kommuner's pages do.
        Assert.Contains(registry.Sources, s => s.Url == "https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/vastra-gotaland/molndal/");
        Assert.DoesNotContain(SourceRegistryCheck.Run(registry, Reference), p => p.Level == RegistryProblem.Severity.Error);
    }

    [Fact]
    public void The_same_census_gives_the_same_registry_and_discovered_entries_survive_a_rebuild()
    {
        var discovered = new RegisteredSource
        {
            Key = "discovered/lomma/medborgarlofte", Url = "https://lomma.se/medborgarlofte.4.1a2b.html", Kind = SourceKinds.KommunPage,
            Kommuner = ["1262"], Publisher = "Lomma kommun", CheckEvery = "P14D", Basis = SourceBasis.Discovered, FoundBy = FoundBy.Sitemap,
        };
        var (first, _) = Import(new SourceRegistry { Sources = [discovered] });
        var (second, _) = Import(first);

        Assert.Equal(first.Sources, second.Sources, new EntryComparer());
        Assert.Contains(discovered, second.Sources);
        // A kommun with a discovered address needs no guess.
        Assert.DoesNotContain(second.Sources, s => s.Kommuner.Contains("1262") && s.Basis == SourceBasis.Guess);
    }

    [Fact]
    public void A_census_row_that_is_not_one_is_refused_with_its_line()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "census.csv");
        File.WriteAllText(file, "kommun_code,kommun_name,url,kind,years,lists_promises\n0115,Vallentuna,https://polisen.se/a/,polisen.se page,2021,yes\n0115,Vallentuna,https://polisen.se/b/,blog,2021,yes\n");

        var e = Assert.Throws<SourceRegistryException>(() => CensusAddress.Read(file));

        Assert.StartsWith($"{file}:3: kind 'blog' is not one of", e.Message);
    }

    private sealed class EntryComparer : IEqualityComparer<RegisteredSource>
    {
        public bool Equals(RegisteredSource? a, RegisteredSource? b) =>
            a is not null && b is not null && a.Key == b.Key && a.Url == b.Url && a.Kommuner.SequenceEqual(b.Kommuner) &&
            a.Basis == b.Basis && a.FoundBy == b.FoundBy && (a.SeenYears ?? []).SequenceEqual(b.SeenYears ?? []) && a.CheckEvery == b.CheckEvery;

        public int GetHashCode(RegisteredSource s) => s.Key.GetHashCode();
    }
}
