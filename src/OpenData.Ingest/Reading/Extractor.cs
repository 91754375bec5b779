using OpenData.Core;
using OpenData.Core.Themes;
using OpenData.Ingest.Reading.Themes;

using OpenData.Ingest.Formats;
using OpenData.Ingest.Reading.FollowUps;

namespace OpenData.Ingest.Reading;

/// <summary>
/// The reading step, without a database: bytes in, a typed reading out (the format readers, then the
/// <see cref="LofteReader"/>). `extract` runs it on files and prints the contract's JSON; ingestion runs it on
/// every fetched body.
/// </summary>
public sealed class Extractor(DocumentReader reader, LofteReader lofteReader, FollowUpReader followUpReader)
{
    /// <summary>Changes whenever extraction reads differently, so stored documents can be re-read.</summary>
    public const string Version = "extract-5";

    public static Extractor Create(DataDirectory data)
    {
        var places = PlaceNameIndex.Load(data);
        var themes = new LexiconThemeClassifier(ThemeTaxonomy.Load(data));
        return new Extractor(DocumentReader.CreateDefault(), new LofteReader(places, themes), new FollowUpReader(themes));
    }

    /// <summary>Reads one body; throws <see cref="UnreadableDocumentException"/> when it holds no readable text.</summary>
    public DocumentReading Extract(byte[] body, string? contentType, string? url, DocumentFormat? format = null)
    {
        var text = reader.Read(body, contentType, format);
        var reading = lofteReader.Read(text, url);
        return ReadingBudget.Bound(reading with { Reports = followUpReader.Read(text, reading), ReportedBy = Publishers.ActorOf(url) });
    }

    /// <summary>A commitment a person wrote (a hand correction), read for its actors, themes and targets as a listed one is.</summary>
    public PromiseReading ReadPromise(string text) => lofteReader.ReadPromise(text, [], []);
}
