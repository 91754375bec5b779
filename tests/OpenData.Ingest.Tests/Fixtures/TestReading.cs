using OpenData.Core.Themes;
using OpenData.Ingest.Contract;
using OpenData.Ingest.Formats;
using OpenData.Ingest.Reading;
using OpenData.Ingest.Reading.Themes;
using OpenData.Testing;

namespace OpenData.Ingest.Tests.Fixtures;

/// <summary>The reference data and a reader over it, loaded once for all normalisation tests.</summary>
internal static class TestReading
{
    public static PlaceNameIndex Places { get; } = PlaceNameIndex.Load(RepositoryPaths.Data);

    public static LofteReader Reader { get; } = new(Places, new LexiconThemeClassifier(ThemeTaxonomy.Load(RepositoryPaths.Data)));

    public static ActorDetector Actors { get; } = new(Places);

    /// <summary>Reads a text dump as `extract` does, into the contract's shape that `extract` prints.</summary>
    public static ExtractedDocument Text(string text, string? url = null) =>
        ExtractedDocument.From(Reader.Read(new DocumentText(DocumentFormat.Text, null, PlainTextReader.ReadLines(text)), url));

    public static IReadOnlyList<PromiseCandidate> Promises(string text) =>
        new PromiseSplitter(Actors, new OverallPurpose(Places)).Split(PlainTextReader.ReadLines(text));
}
