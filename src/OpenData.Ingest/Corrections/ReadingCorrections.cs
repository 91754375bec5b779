using OpenData.Core;
using OpenData.Core.Reference;
using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Corrections;

/// <summary>
/// The reviewed hand corrections of data/corrections, the one applier that harvest, the offline import and `reread`
/// all use: read and checked once, before anything is written, so that a bad file stops the run with its name and
/// field and nothing stored is touched.
/// </summary>
public sealed class ReadingCorrections(IReadOnlyDictionary<string, ReadingCorrection> bySha, Extractor extractor)
{
    public static ReadingCorrections Load(DataDirectory data, Extractor extractor)
    {
        var corrections = new Dictionary<string, ReadingCorrection>(StringComparer.Ordinal);
        if (Directory.Exists(data.Corrections))
        {
            var kommuner = ReferenceData.Load(data).Kommuner.Select(k => k.Code).ToHashSet(StringComparer.Ordinal);
            foreach (var path in Directory.EnumerateFiles(data.Corrections, "*.json").Order(StringComparer.Ordinal))
            {
                var correction = CorrectionFileReader.Read(path, kommuner);
                corrections[correction.Sha256] = correction;
            }
        }
        return new ReadingCorrections(corrections, extractor);
    }

    public int Count => bySha.Count;

    /// <summary>Whether a person corrected the reading of the body with this SHA-256.</summary>
    public bool Covers(string? sha256) => sha256 is not null && bySha.ContainsKey(sha256);

    /// <summary>The reading of the body with this SHA-256, its correction applied where there is one.</summary>
    public DocumentReading Apply(string? sha256, DocumentReading reading) =>
        sha256 is not null && bySha.TryGetValue(sha256, out var correction) ? correction.ApplyTo(reading, extractor) : reading;
}
