using System.Security.Cryptography;
using System.Text;
using OpenData.Core.Model;
using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Storage;

/// <summary>
/// What a reading says, as one hash: text normalised and every list sorted, so that a page served again with
/// other markup, spacing or order of the same promises counts as unchanged and writes nothing new.
/// </summary>
public static class ReadingFingerprint
{
    public static string Of(DocumentReading reading)
    {
        var sb = new StringBuilder();
        void Line(string name, IEnumerable<string?> values) =>
            sb.Append(name).Append('=').AppendJoin('\u001f', values.Select(v => v ?? "")).Append('\n');
        static IEnumerable<string> Sorted(IEnumerable<string> values) => values.Distinct().Order(StringComparer.Ordinal);

        Line("kind", [reading.Kind.Word()]);
        Line("title", [PromiseText.Normalise(reading.Title)]);
        Line("published", [reading.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        Line("area", [reading.Area is null ? null : PromiseText.Normalise(reading.Area)]);
        Line("kommuner", Sorted(reading.Kommuner));
        Line("lokalpolisomraden", Sorted(reading.Lokalpolisomraden));
        Line("years", reading.Years.Distinct().Order().Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var promise in reading.Promises.OrderBy(p => PromiseText.Normalise(p.Text), StringComparer.Ordinal))
        {
            Line("promise", [PromiseText.Normalise(promise.Text)]);
            Line(" actors", Sorted(promise.Actors.Select(a => a.Word())));
            Line(" themes", Sorted(promise.Themes.Select(t => t.Code)));
            Line(" targets", Sorted(promise.Targets.Select(t => $"{t.Count}/{t.Per?.Word()}/{t.Unit}")));
            Line(" places", Sorted(promise.Places));
        }
        Line("people", Sorted(reading.People.Select(p => $"{p.Name}/{p.Role}/{p.Organisation?.Word()}")));
        // Only where there are reports, so that the fingerprints of every reading without them stay what they were.
        foreach (var report in reading.Reports)
        {
            Line("report", [PromiseText.Normalise(report.Text), report.Status.Word(), report.Period, reading.ReportedBy?.Word()]);
        }
        // Only where corrected, likewise: a reading corrected by hand differs from the one read, even with the same fields.
        if (reading.Correction is { } correction)
        {
            Line("correction", [correction.Reason, correction.ReviewedBy]);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
