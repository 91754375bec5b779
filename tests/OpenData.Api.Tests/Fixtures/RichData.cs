using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Api.Tests.Fixtures;

/// <summary>
/// Löften of the tests' own beyond the five recorded pages, written through the real storage path (the context the
/// API registers, with its save interceptor and the database's full-text triggers): enough promises to page through,
/// Swedish inflections to search for, themes to count and kommuner to compare.
/// </summary>
public static class RichData
{
    public static readonly DateTime ReadAt = new(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>A löfte to write: its kommuner, years, status and promises (text, themes, actors).</summary>
    public sealed record TestLofte(string[] Kommuner, int[] Years, LofteStatus Status, (string Text, string[] Themes, Actor[] Actors)[] Promises)
    {
        public string Key => string.Join('+', Kommuner) + "/" + (Years.Length == 1 ? $"{Years[0]}" : $"{Years.Min()}-{Years.Max()}");
    }

    public static readonly TestLofte[] Loften =
    [
        new(["1981"], [2023], LofteStatus.Superseded,
        [
            ("Polisen lovar att genomföra minst 6 insatser mot narkotika i Sala centrum under året.", ["narkotika", "narvaro"], [Actor.Polis]),
            ("Kommunen lovar att anordna trygghetsvandringar i Salbohed och Möklinta.", ["dialog"], [Actor.Kommun]),
        ]),
        new(["1981"], [2024, 2025], LofteStatus.Current,
        [
            ("Polisen lovar att arbeta mot narkotikan i skolorna tillsammans med kommunen.", ["narkotika", "barn_unga"], [Actor.Polis, Actor.Kommun]),
            ("Polisen och kommunen lovar att genomföra en trygghetsvandring varje termin.", ["dialog"], [Actor.Polis, Actor.Kommun]),
            ("Kommunen lovar bättre belysning på Stora torget & i parken <Ekudden>.", ["offentlig_miljo"], [Actor.Kommun]),
        ]),
        new(["0380"], [2025], LofteStatus.Current,
        [
            ("Polisen lovar riktade trafikinsatser mot buskörning i Gränby.", ["trafik"], [Actor.Polis]),
            ("Polisen lovar att minst 4 gånger per år genomföra insats mot langning av alkohol.", ["alkohol_tobak"], [Actor.Polis]),
            ("Kommunen lovar att fritidsgårdarna i Gottsunda har öppet på fredagskvällar.", ["barn_unga"], [Actor.Kommun]),
        ]),
        new(["1280"], [2025], LofteStatus.Current,
        [
            ("Polisen lovar att förebygga narkotikabrott och droger bland unga i Rosengård.", ["narkotika", "barn_unga"], [Actor.Polis]),
            ("Polisen och kommunen lovar att samverka mot gängkriminalitet och skjutningar.", ["organiserad_brottslighet", "samverkan"], [Actor.Polis, Actor.Kommun]),
        ]),
        new(["1480", "0381"], [2025], LofteStatus.Current,
        [
            ("Polisen lovar synlig närvaro i Nordstan varje helg.", ["narvaro"], [Actor.Polis]),
            ("Räddningstjänsten lovar att delta i trygghetsvandringar i Enköping.", ["dialog"], [Actor.Annan]),
        ]),
    ];

    /// <summary>Promises for paging: a löfte each for twenty kommuner of Norrbotten and Västerbotten, six promises each.</summary>
    public static readonly string[] PagingKommuner =
        ["2584", "2580", "2581", "2582", "2583", "2521", "2523", "2505", "2506", "2510", "2513", "2514", "2518", "2560", "2480", "2401", "2403", "2404", "2409", "2417"];

    public const int PromisesPerPagingLofte = 6;

    public static IEnumerable<TestLofte> PagingLoften => PagingKommuner.Select((code, i) => new TestLofte([code], [2022], LofteStatus.Current,
        Enumerable.Range(1, PromisesPerPagingLofte)
            .Select(n => ($"Polisen lovar att genomföra {n + i} kontroller av rattonykterhet vid väg {100 + n}.", new[] { "trafik" }, new[] { Actor.Polis }))
            .ToArray()));

    public static IEnumerable<TestLofte> All => Loften.Concat(PagingLoften);

    public static async Task WriteAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        foreach (var lofte in All)
        {
            await WriteAsync(db, lofte);
        }
    }

    /// <summary>One löfte as the harvester leaves it: source, archived body, snapshot, document, löfte, promises, changes.</summary>
    public static async Task<Lofte> WriteAsync(OpenDataContext db, TestLofte lofte)
    {
        var text = "Medborgarlöfte " + lofte.Key + "\n\n" + string.Join("\n", lofte.Promises.Select(p => "• " + p.Text));
        var body = Encoding.UTF8.GetBytes(text);
        var sha = Convert.ToHexStringLower(SHA256.HashData(body));
        var url = $"https://polisen.se/test/{lofte.Key.Replace('/', '-')}";
        var source = new Source { Key = "test/" + lofte.Key, Url = url, Host = "polisen.se", Kind = SourceKind.PolisenLoftePage, Publisher = "Polisen" };
        var snapshot = new Snapshot
        {
            Source = source, FetchedAt = ReadAt, Url = url, Host = "polisen.se", HttpStatus = 200, ContentType = "text/plain; charset=utf-8",
            Sha256 = sha, Length = body.Length, Body = new ArchivedBody { Sha256 = sha, Content = body, Length = body.Length, StoredAt = ReadAt },
        };
        var document = new Document
        {
            Snapshot = snapshot, Kind = DocumentKind.Lofte, Title = "Medborgarlöfte " + lofte.Key, Published = new DateOnly(lofte.Years.Min(), 1, 15),
            Url = url, Years = [.. lofte.Years], ExtractorVersion = "test", ReadAt = ReadAt,
        };
        document.People.Add(new Person { Name = "Anna Andersson", Role = "kommunpolis", Organisation = Actor.Polis });
        var entity = new Lofte
        {
            Key = lofte.Key, FirstYear = lofte.Years.Min(), LastYear = lofte.Years.Max(), Status = lofte.Status, FirstSeen = ReadAt, LastSeen = ReadAt,
        };
        entity.Kommuner.AddRange(lofte.Kommuner.Select(k => new LofteKommun { KommunCode = k }));
        entity.Years.AddRange(lofte.Years.Select(y => new LofteYear { Year = y }));
        entity.Documents.Add(new LofteDocument { Lofte = entity, Document = document });
        db.Loften.Add(entity);
        db.Changes.Add(new Change { At = ReadAt, Kind = ChangeKind.LofteAdded, Lofte = entity, After = lofte.Key, ToSnapshotId = null });
        var ordinal = 0;
        foreach (var (promiseText, themes, actors) in lofte.Promises)
        {
            var promise = new Promise
            {
                Key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lofte.Key + promiseText)))[..32],
                Lofte = entity, Ordinal = ++ordinal, Text = promiseText, Document = document, FirstSeen = ReadAt, LastSeen = ReadAt,
                Places = promiseText.Contains("Gränby", StringComparison.Ordinal) ? ["Gränby"] : [],
            };
            promise.Themes.AddRange(themes.Select(t => new PromiseTheme { ThemeCode = t, TaxonomyVersion = "themes-v1" }));
            promise.Actors.AddRange(actors.Select(a => new PromiseActor { Actor = a }));
            if (promiseText.Contains("minst 4 gånger per år", StringComparison.Ordinal))
            {
                promise.Targets.Add(new PromiseTarget { Count = 4, Per = TargetPeriod.Ar, Unit = "insats mot langning" });
            }
            db.Promises.Add(promise);
            db.Changes.Add(new Change { At = ReadAt, Kind = ChangeKind.PromiseAdded, Lofte = entity, Promise = promise, After = promiseText });
        }
        await db.SaveChangesAsync();
        return entity;
    }
}

/// <summary>The API over the recorded archive and the tests' own löften (<see cref="RichData"/>).</summary>
public class RichDataServer : ApiServer
{
    /// <summary>The tests' own löften run to 2025: that year is "now" for them.</summary>
    public override DateTimeOffset Today => new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    protected override IEnumerable<string> Settings => ["--OpenData:Catalog:ContactEmail", "opendata@example.org"];

    protected override Task SeedAsync(IServiceProvider services) => RichData.WriteAsync(services);
}
