namespace OpenData.Core.Reference;

/// <summary>
/// The stadsdelar (and stadsdelsområden) of Stockholm, Göteborg and Malmö, read from data/reference/stadsdelar.csv:
/// a löfte "för Kungsholmen" or "i Rosengård" is the kommun's.
/// </summary>
public static class Stadsdelar
{
    public sealed record Row(string Name, string KommunCode, string Kind);

    /// <summary>Reads the table and checks each kommunkod against <paramref name="kommunCodes"/>.</summary>
    public static IReadOnlyList<Row> Load(DataDirectory data, IReadOnlySet<string> kommunCodes)
    {
        var rows = CsvFile.Read(Path.Combine(data.Reference, "stadsdelar.csv"))
            .Select(r => new Row(r["stadsdel"].Trim(), r["kommunkod"], r["kind"]))
            .ToList();
        foreach (var row in rows)
        {
            if (row.Name.Length == 0)
            {
                throw new InvalidDataException("stadsdelar.csv has a row without a name");
            }
            if (!kommunCodes.Contains(row.KommunCode))
            {
                throw new InvalidDataException($"stadsdel {row.Name} names kommun {row.KommunCode}, which kommuner.csv does not have");
            }
        }
        return rows;
    }
}
