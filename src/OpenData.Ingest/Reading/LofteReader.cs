using OpenData.Core.Model;
using OpenData.Ingest.Formats;
using OpenData.Ingest.Reading.Themes;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Reads what a document says about a medborgarlöfte: composes the normalisers over the blocks that a format reader
/// produced, into a typed <see cref="DocumentReading"/>.
/// </summary>
public sealed class LofteReader(PlaceNameIndex places, IThemeClassifier themes)
{
    private readonly KommunResolver _kommuner = new(places);
    private readonly LokalpolisomradeFinder _lokalpolisomraden = new(places);
    private readonly ActorDetector _actors = new(places);
    private readonly PeopleFinder _people = new(places);
    private readonly PlaceFinder _places = new(places);
    private readonly OverallPurpose _purpose = new(places);

    public DocumentReading Read(DocumentText document, string? url)
    {
        var warnings = new List<string>(document.Warnings ?? []);
        var blocks = SiteChrome.Remove(ReadingBudget.Take(document.Blocks, warnings));
        var (title, titleIndex) = TitleFinder.Find(document, blocks);
        var bodyBlocks = blocks.Where((_, i) => i != titleIndex).ToList();
        var lines = bodyBlocks.Select(b => b.Text).ToList();
        var body = string.Join("\n", lines);

        var lpo = _lokalpolisomraden.Find(title + "\n" + body);
        var signatories = _actors.Signatories(lines);
        var kind = DocumentKindClassifier.Classify(title, bodyBlocks, url);
        var promises = new PromiseSplitter(_actors, _purpose).Split(bodyBlocks, report: kind == DocumentKind.Uppfoljning)
            .Select(c => ReadPromise(c.Text, c.Context, signatories))
            .ToList();
        var years = PeriodParser.Parse(title, lines, promises.Select(p => p.Text).ToList(), warnings);
        var published = PublishedDateParser.Parse(blocks.Select(b => b.Text).ToList(), url, years, warnings);

        var reading = new DocumentReading
        {
            Kind = kind,
            Title = title,
            Published = published,
            Kommuner = _kommuner.Resolve(title, body, lpo, url, out var kommunBasis),
            Area = _kommuner.AreaOf(title),
            Lokalpolisomraden = lpo,
            Years = years,
            Promises = promises,
            People = _people.Find(blocks.Select(b => b.Text).ToList()),
            Warnings = warnings,
            Links = document.Links,
        };
        return reading with { Confidence = ConfidenceAssessor.Assess(reading, bodyBlocks, kommunBasis) };
    }

    /// <summary>One commitment's actors, themes, targets and places, from its text and what stands around it.</summary>
    public PromiseReading ReadPromise(string text, IReadOnlyList<string> context, IReadOnlyList<string> signatories) => new(
        text,
        _actors.Detect(text, context, signatories).Select(PartyVocabulary.ActorOf).ToList(),
        themes.Classify(text),
        TargetParser.Parse(text),
        _places.Find(text, context));
}
