using OpenData.Core.Themes;
using OpenData.Harvester.Contract;
using OpenData.Harvester.Extraction;
using OpenData.Harvester.Normalisation;
using OpenData.Harvester.Normalisation.Themes;
using OpenData.Testing;

namespace OpenData.Harvester.Tests.Normalisation;

/// <summary>The reference data and a reader over it, loaded once for all normalisation tests.</summary>
internal static class Reading
{
    public static PlaceNameIndex Places { get; } = PlaceNameIndex.Load(RepositoryPaths.Data);

    public static LofteReader Reader { get; } = new(Places, new LexiconThemeClassifier(ThemeTaxonomy.Load(RepositoryPaths.Data)));

    public static ActorDetector Actors { get; } = new(Places);

    /// <summary>Reads a text dump as `extract` does.</summary>
    public static ExtractedDocument Text(string text, string? url = null) =>
        Reader.Read(new DocumentText(DocumentFormat.Text, null, PlainTextReader.ReadLines(text)), url);

    public static IReadOnlyList<PromiseCandidate> Promises(string text) =>
        new PromiseSplitter(Actors).Split(PlainTextReader.ReadLines(text));
}
