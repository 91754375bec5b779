namespace OpenData.Harvester.Sources;

/// <summary>
/// The name a kommun publishes under, for a snapshot's credit: "Svalövs kommun", "Åsele kommun", "Göteborgs stad",
/// "Region Gotland". The reference file's long names are generated and sometimes wrong ("Kalmars kommun").
/// </summary>
public static class KommunPublisher
{
    private static readonly Dictionary<string, string> Own = new(StringComparer.Ordinal)
    {
        ["Stockholm"] = "Stockholms stad",
        ["Göteborg"] = "Göteborgs stad",
        ["Malmö"] = "Malmö stad",
        ["Västerås"] = "Västerås stad",
        ["Borås"] = "Borås stad",
        ["Solna"] = "Solna stad",
        ["Sundbyberg"] = "Sundbybergs stad",
        ["Lidingö"] = "Lidingö stad",
        ["Vaxholm"] = "Vaxholms stad",
        ["Landskrona"] = "Landskrona stad",
        ["Helsingborg"] = "Helsingborgs stad",
        ["Trollhättan"] = "Trollhättans stad",
        ["Mölndal"] = "Mölndals stad",
        ["Gotland"] = "Region Gotland",
        ["Falun"] = "Falu kommun",
    };

    public static string For(string kommunName)
    {
        if (Own.TryGetValue(kommunName, out var name))
        {
            return name;
        }
        // Swedish genitive: no -s after a vowel or an s ("Åsele kommun", "Mönsterås kommun"), else -s ("Svalövs kommun").
        var last = char.ToLowerInvariant(kommunName[^1]);
        return "aeiouyåäösxz".Contains(last) ? $"{kommunName} kommun" : $"{kommunName}s kommun";
    }
}
