using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.SyntheticData;

/// <summary>
/// Löften as the harvester would leave them, made up from templates of real promise wording: each kommun gets a
/// few successive periods (the earlier ones superseded), each löfte 3 to 9 promises with themes, actors, targets
/// and places, a document with its snapshot and archived body, and the change rows a harvest records.
/// </summary>
public sealed class SyntheticLoften(IDbContextFactory<OpenDataContext> contexts, Random random)
{
    public sealed record Written(int Loften, int Promises, int Documents);

    private sealed record Template(string Text, string[] Themes, Actor[] Actors, string? TargetUnit = null);

    private static readonly Template[] Templates =
    [
        new("Polisen lovar att genomföra minst {n} riktade trafikinsatser i {place} under året med fokus på hastighet och rattonykterhet.", ["trafik", "narvaro"], [Actor.Polis], "riktade trafikinsatser"),
        new("Polisen och kommunen lovar att genomföra {n} trygghetsvandringar i {place} tillsammans med boende och föreningar.", ["dialog", "offentlig_miljo"], [Actor.Polis, Actor.Kommun], "trygghetsvandringar"),
        new("Polisen lovar att arbeta mot narkotikan bland unga i {place} genom kontroller och samtal med föräldrar.", ["narkotika", "barn_unga"], [Actor.Polis]),
        new("Kommunen lovar att förbättra belysningen och röja buskage vid otrygga platser i {place}.", ["offentlig_miljo"], [Actor.Kommun]),
        new("Polisen lovar att besöka skolorna i kommunen minst {n} gånger per termin i kontaktskapande syfte.", ["barn_unga", "narvaro"], [Actor.Polis], "skolbesök"),
        new("Kommunen och polisen lovar att tillsammans motverka langning av alkohol till ungdomar inför valborg och skolavslutning.", ["alkohol_tobak", "ordning", "barn_unga"], [Actor.Polis, Actor.Kommun]),
        new("Polisen lovar att informera äldre om bedrägerier via telefon och internet vid minst {n} träffar under året.", ["bedrageri", "dialog"], [Actor.Polis], "informationsträffar"),
        new("Polisen och kommunen lovar att starta grannsamverkan mot inbrott i {place}.", ["inbrott_stold", "samverkan"], [Actor.Polis, Actor.Kommun]),
        new("Kommunen lovar att erbjuda stöd till den som vill lämna en kriminell livsstil och gängkriminalitet.", ["organiserad_brottslighet"], [Actor.Kommun]),
        new("Polisen lovar synlig närvaro med fotpatrull i {place} på fredags- och lördagskvällar.", ["narvaro"], [Actor.Polis]),
        new("Räddningstjänsten, kommunen och polisen lovar en gemensam lägesbild varje vecka genom EST.", ["samverkan"], [Actor.Polis, Actor.Kommun, Actor.Annan]),
        new("Polisen lovar att prioritera våld i nära relation och hedersrelaterat våld i samverkan med socialtjänsten.", ["vald", "samverkan"], [Actor.Polis]),
    ];

    private static readonly string[] Places = ["centrum", "stationsområdet", "resecentrum", "torget", "idrottsplatsen", "hamnen", "skolområdet", "parken"];

    public async Task<Written> WriteAsync(int loften)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var kommuner = await db.Kommuner.AsNoTracking().OrderBy(k => k.Code).Select(k => new { k.Code, k.Name }).ToListAsync();
        var existingKeys = (await db.Loften.Select(l => l.Key).ToListAsync()).ToHashSet();
        var latest = new Dictionary<string, int>();
        int promises = 0, written = 0;
        // Period by period over every kommun, so that the löften spread evenly: each kommun a first period, then a
        // second, and so on, each later one superseding the one before.
        for (var period = 0; written < loften; period++)
        {
            foreach (var kommun in kommuner)
            {
                if (written == loften)
                {
                    break;
                }
                var first = 2016 + period * 3 + random.Next(0, 2);
                var years = Enumerable.Range(first, random.Next(1, 3)).ToArray();
                var key = $"{kommun.Code}/{years.Min()}" + (years.Length > 1 ? $"-{years.Max()}" : "");
                if (!existingKeys.Add(key))
                {
                    continue;
                }
                var at = new DateTime(years.Min(), 2, 1, 9, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 60));
                var lofte = NewLofte(db, kommun.Code, kommun.Name, key, years, at, ref promises);
                if (latest.TryGetValue(kommun.Code, out var previousId))
                {
                    var previous = await db.Loften.SingleAsync(l => l.Id == previousId);
                    previous.Status = LofteStatus.Superseded;
                    previous.SupersededBy = lofte;
                    db.Changes.Add(new Change { At = at, Kind = ChangeKind.LofteSuperseded, Lofte = previous, Before = previous.Key, After = key });
                }
                await db.SaveChangesAsync();
                latest[kommun.Code] = lofte.Id;
                db.ChangeTracker.Clear();
                written++;
            }
        }
        return new Written(written, promises, written);
    }

    private Lofte NewLofte(OpenDataContext db, string code, string name, string key, int[] years, DateTime at, ref int promiseCount)
    {
        var chosen = Templates.OrderBy(_ => random.Next()).Take(random.Next(3, 10)).ToList();
        var texts = chosen.Select(t => (Template: t, Text: Fill(t, name))).ToList();
        var body = Encoding.UTF8.GetBytes($"Medborgarlöfte för {name} {string.Join('-', years)}\n\n" + string.Join("\n", texts.Select(t => "• " + t.Text)));
        var sha = Convert.ToHexStringLower(SHA256.HashData(body));
        var url = $"https://polisen.se/synthetic/{code}/{years.Min()}";
        var source = new Source { Key = $"synthetic/{key}", Url = url, Host = "polisen.se", Kind = SourceKind.PolisenLoftePage, Publisher = "Polisen" };
        source.Kommuner.Add(new SourceKommun { KommunCode = code });
        var snapshot = new Snapshot
        {
            Source = source, FetchedAt = at, Url = url, Host = "polisen.se", HttpStatus = 200, ContentType = "text/html; charset=utf-8",
            Sha256 = sha, Length = body.Length, Body = new ArchivedBody { Sha256 = sha, Content = body, Length = body.Length, StoredAt = at },
        };
        var document = new Document
        {
            Snapshot = snapshot, Kind = DocumentKind.Lofte, Title = $"Medborgarlöfte för {name} {string.Join('–', years.Distinct())}",
            Published = DateOnly.FromDateTime(at), Url = url, Years = [.. years], ExtractorVersion = "synthetic", ReadAt = at,
        };
        document.Kommuner.Add(new DocumentKommun { KommunCode = code });
        document.People.Add(new Person { Name = "Kim Lindqvist", Role = "lokalpolisområdeschef", Organisation = Actor.Polis });
        var lofte = new Lofte { Key = key, FirstYear = years.Min(), LastYear = years.Max(), FirstSeen = at, LastSeen = at };
        lofte.Kommuner.Add(new LofteKommun { KommunCode = code });
        lofte.Years.AddRange(years.Select(y => new LofteYear { Year = y }));
        lofte.Documents.Add(new LofteDocument { Lofte = lofte, Document = document });
        db.Loften.Add(lofte);
        db.Changes.Add(new Change { At = at, Kind = ChangeKind.LofteAdded, Lofte = lofte, After = key });
        for (var i = 0; i < texts.Count; i++)
        {
            var (template, text) = texts[i];
            var promise = new Promise
            {
                Key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key + text)))[..32],
                Lofte = lofte, Ordinal = i + 1, Text = text, Document = document, FirstSeen = at, LastSeen = at,
                Places = Places.Where(p => text.Contains(p, StringComparison.Ordinal)).Select(p => $"{name} {p}").ToList(),
            };
            promise.Themes.AddRange(template.Themes.Select(t => new PromiseTheme { ThemeCode = t, TaxonomyVersion = "themes-v1" }));
            promise.Actors.AddRange(template.Actors.Select(a => new PromiseActor { Actor = a }));
            if (template.TargetUnit is { } unit && Number(text) is { } count)
            {
                promise.Targets.Add(new PromiseTarget { Count = count, Per = text.Contains("termin", StringComparison.Ordinal) ? TargetPeriod.Termin : TargetPeriod.Ar, Unit = unit });
            }
            db.Promises.Add(promise);
            db.Changes.Add(new Change { At = at, Kind = ChangeKind.PromiseAdded, Lofte = lofte, Promise = promise, After = text });
            promiseCount++;
        }
        return lofte;
    }

    private string Fill(Template template, string kommun) => template.Text
        .Replace("{n}", random.Next(2, 13).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{place}", $"{kommun} {Places[random.Next(Places.Length)]}", StringComparison.Ordinal);

    private static int? Number(string text) =>
        text.Split(' ').Select(w => int.TryParse(w, out var n) ? n : (int?)null).FirstOrDefault(n => n is not null);
}
