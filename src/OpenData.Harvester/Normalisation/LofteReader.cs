using OpenData.Harvester.Contract;
using OpenData.Harvester.Extraction;
using OpenData.Harvester.Normalisation.Themes;

namespace OpenData.Harvester.Normalisation;

/// <summary>
/// Reads what a document says about a medborgarlöfte: composes the normalisers over the blocks that a format reader
/// produced, into the contract's shape.
/// </summary>
public sealed class LofteReader(PlaceNameIndex places, IThemeClassifier themes)
{
    private readonly KommunResolver _kommuner = new(places);
    private readonly LokalpolisomradeFinder _lokalpolisomraden = new(places);

    public ExtractedDocument Read(DocumentText document, string? url)
    {
        var blocks = SiteChrome.Remove(document.Blocks);
        var (title, titleIndex) = TitleFinder.Find(document, blocks);
        var lines = blocks.Select(b => b.Text).ToList();
        var body = string.Join("\n", lines.Where((_, i) => i != titleIndex));
        var warnings = new List<string>();

        var lpo = _lokalpolisomraden.Find(title + "\n" + body);
        var years = PeriodParser.Parse(title, lines);
        var promises = PromiseSplitter.Split(blocks)
            .Select(c => new ExtractedPromise
            {
                Text = c.Text,
                Actors = ActorDetector.Detect(c.Text, c.Heading),
                Themes = themes.Classify(c.Text).Select(t => t.Code).ToList(),
                ThemeEvidence = themes.Classify(c.Text).ToDictionary(t => t.Code, t => t.DecidedBy),
                Targets = TargetParser.Parse(c.Text),
                Places = PlaceFinder.Find(c.Text),
            })
            .ToList();
        var published = PublishedDateParser.Parse(lines, url, years, warnings);

        return new ExtractedDocument
        {
            Kind = DocumentKindClassifier.Classify(title, lines, url),
            Title = title,
            Published = published?.ToString("yyyy-MM-dd"),
            Kommuner = _kommuner.Resolve(title, body, lpo),
            Lokalpolisomraden = lpo,
            Years = years,
            Promises = promises,
            People = PeopleFinder.Find(lines),
            Warnings = warnings.Count > 0 ? warnings : null,
        };
    }
}
