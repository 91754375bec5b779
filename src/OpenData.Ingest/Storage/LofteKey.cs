namespace OpenData.Ingest.Storage;

/// <summary>
/// A löfte's identity: its kommuner, the area within a kommun where there are several, and its period. Never its
/// address, which polisen.se reuses from year to year.
/// </summary>
public static class LofteKey
{
    /// <summary>"2463/2017", "1415+1419+1421/2023-2024", "0180:kungsholmen/2019", "1980/?" where the period is unknown.</summary>
    public static string For(IEnumerable<string> kommuner, string? area, IReadOnlyCollection<int> years)
    {
        var codes = string.Join('+', kommuner.Distinct().Order(StringComparer.Ordinal));
        var where = string.IsNullOrWhiteSpace(area) ? codes : $"{codes}:{PromiseText.Normalise(area).Replace(' ', '-')}";
        var period = years.Count == 0 ? "?" : years.Min() == years.Max() ? $"{years.Min()}" : $"{years.Min()}-{years.Max()}";
        return $"{where}/{period}";
    }
}
