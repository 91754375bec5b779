namespace OpenData.Core.Reference;

/// <summary>The reference tables of data/reference, read and checked, before they go into the database.</summary>
public sealed record ReferenceData(
    IReadOnlyList<ReferenceData.LanRow> Lan,
    IReadOnlyList<ReferenceData.KommunRow> Kommuner,
    IReadOnlyList<ReferenceData.LokalpolisomradeRow> Lokalpolisomraden)
{
    public sealed record LanRow(string Code, string Name, string ShortName, string Polisregion);

    public sealed record KommunRow(string Code, string Name, string LanCode);

    public sealed record LokalpolisomradeRow(string Name, string KommunCode, string LanCode, string Confidence, string SeenYear);

    public static ReferenceData Load(DataDirectory data)
    {
        var regions = CsvFile.Read(Path.Combine(data.Reference, "polisregion_lan.csv"))
            .ToDictionary(r => r["lan_code"], r => r["polisregion"]);
        var lan = CsvFile.Read(Path.Combine(data.Reference, "lan.csv"))
            .Select(r => new LanRow(
                Code(r["county_code"], 2, "län"),
                r["county_name"],
                r["county_name_short"],
                regions.TryGetValue(r["county_code"], out var region)
                    ? region
                    : throw new InvalidDataException($"län {r["county_code"]} has no polisregion in polisregion_lan.csv")))
            .ToList();
        var kommuner = CsvFile.Read(Path.Combine(data.Reference, "kommuner.csv"))
            .Select(r => new KommunRow(Code(r["municipality_code"], 4, "kommun"), r["municipality_name_short"],
                Code(r["county_code"], 2, "län")))
            .ToList();
        var lpo = CsvFile.Read(Path.Combine(data.Reference, "lokalpolisomraden.csv"))
            .Select(r => new LokalpolisomradeRow(r["lokalpolisomrade"], Code(r["kommunkod"], 4, "kommun"),
                Code(r["lan_code"], 2, "län"), r["confidence"], r["seen_year"]))
            .ToList();

        var lanCodes = lan.Select(l => l.Code).ToHashSet();
        var kommunCodes = kommuner.Select(k => k.Code).ToHashSet();
        foreach (var k in kommuner.Where(k => !lanCodes.Contains(k.LanCode)))
        {
            throw new InvalidDataException($"kommun {k.Code} names län {k.LanCode}, which lan.csv does not have");
        }
        foreach (var l in lpo.Where(l => !kommunCodes.Contains(l.KommunCode)))
        {
            throw new InvalidDataException($"lokalpolisområde {l.Name} names kommun {l.KommunCode}, which kommuner.csv does not have");
        }
        return new ReferenceData(lan, kommuner, lpo);
    }

    private static string Code(string value, int digits, string what) =>
        value.Length == digits && value.All(char.IsAsciiDigit)
            ? value
            : throw new InvalidDataException($"'{value}' is not a {digits}-digit {what} code");
}
