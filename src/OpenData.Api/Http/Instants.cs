using System.Globalization;

namespace OpenData.Api.Http;

/// <summary>Instants as the API writes them: ISO 8601 in UTC, with the fraction only where there is one.</summary>
public static class Instants
{
    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
