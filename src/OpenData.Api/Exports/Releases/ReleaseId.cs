using System.Globalization;

namespace OpenData.Api.Exports.Releases;

/// <summary>
/// A release's name: the UTC second it was published, written so that it is a folder name and a path segment on every
/// system ("2026-12-02T141500Z") and sorts as it dates.
/// </summary>
public static class ReleaseId
{
    private const string Format = "yyyy-MM-dd'T'HHmmss'Z'";

    public static string Of(DateTime utc) => utc.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryParse(string? id, out DateTime utc) =>
        DateTime.TryParseExact(id, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out utc);
}
