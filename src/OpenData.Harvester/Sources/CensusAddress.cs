using OpenData.Core.Reference;

namespace OpenData.Harvester.Sources;

/// <summary>
/// One row of the census of published löfte pages (loften-addresses.csv): an address, the kommun it was seen for,
/// the kind of page, the löfte periods it showed and whether it listed the promises.
/// </summary>
public sealed record CensusAddress(int Line, string KommunCode, Uri Url, string Kind, IReadOnlyList<string> Years, bool ListsPromises)
{
    public const string PolisenPage = "polisen.se page";
    public const string PolisenNews = "polisen.se news";
    public const string KommunSitePage = "kommun site page";
    public const string KommunNews = "kommun news";
    public const string Pdf = "pdf";

    /// <summary>Newspapers and third-party sites: not sources to fetch.</summary>
    public const string Other = "other";

    public static IReadOnlyList<string> Kinds { get; } = [PolisenPage, PolisenNews, KommunSitePage, KommunNews, Pdf, Other];

    private static readonly string[] Columns = ["kommun_code", "kommun_name", "url", "kind", "years", "lists_promises"];

    /// <summary>Reads the census file; a row that is not one fails with its line and what is wrong.</summary>
    public static IReadOnlyList<CensusAddress> Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new SourceRegistryException($"{file}: no such file");
        }
        IReadOnlyList<IReadOnlyDictionary<string, string>> rows;
        try
        {
            rows = CsvFile.Read(file);
        }
        catch (InvalidDataException e)
        {
            throw new SourceRegistryException(e.Message);
        }
        if (rows.Count > 0 && Columns.FirstOrDefault(c => !rows[0].ContainsKey(c)) is { } missing)
        {
            throw new SourceRegistryException($"{file}: no column '{missing}' (the census has {string.Join(", ", Columns)})");
        }
        var addresses = new List<CensusAddress>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var line = i + 2;
            SourceRegistryException Fail(string why) => new($"{file}:{line}: {why}");
            var code = row["kommun_code"].Trim();
            if (code.Length != 4 || !code.All(char.IsAsciiDigit))
            {
                throw Fail($"kommun_code '{code}' is not a four-digit kommunkod");
            }
            if (!Uri.TryCreate(row["url"].Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                throw Fail($"'{row["url"]}' is not an absolute http(s) address");
            }
            var kind = row["kind"].Trim();
            if (!Kinds.Contains(kind))
            {
                throw Fail($"kind '{kind}' is not one of {string.Join(", ", Kinds)}");
            }
            var years = row["years"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (years.FirstOrDefault(y => !IsPeriod(y)) is { } bad)
            {
                throw Fail($"years '{bad}' is not a year or a period such as 2021-2022");
            }
            var lists = row["lists_promises"].Trim() switch
            {
                "yes" => true,
                "no" or "" => false,
                var other => throw Fail($"lists_promises '{other}' is not yes or no"),
            };
            addresses.Add(new CensusAddress(line, code, url!, kind, years, lists));
        }
        return addresses;
    }

    /// <summary>"2021", "2021-2022", "2024-" (open-ended).</summary>
    private static bool IsPeriod(string text)
    {
        var parts = text.Split('-');
        return parts.Length is 1 or 2 && parts[0].Length == 4 && parts[0].All(char.IsAsciiDigit) &&
            (parts.Length == 1 || parts[1].Length == 0 || (parts[1].Length == 4 && parts[1].All(char.IsAsciiDigit)));
    }
}
