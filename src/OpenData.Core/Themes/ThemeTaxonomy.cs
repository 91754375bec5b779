using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenData.Core.Themes;

/// <summary>The theme taxonomy of data/themes.json: a version and its themes, each a stable code with labels.</summary>
public sealed class ThemeTaxonomy
{
    [JsonPropertyName("version")]
    public required string Version { get; init; }

    [JsonPropertyName("themes")]
    public required IReadOnlyList<ThemeDefinition> Themes { get; init; }

    public static ThemeTaxonomy Load(string path)
    {
        using var stream = File.OpenRead(path);
        var taxonomy = JsonSerializer.Deserialize<ThemeTaxonomy>(stream)
            ?? throw new InvalidDataException($"{path} holds no taxonomy");
        var duplicate = taxonomy.Themes.GroupBy(t => t.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{path}: theme code '{duplicate.Key}' appears twice");
        }
        return taxonomy;
    }

    public static ThemeTaxonomy Load(DataDirectory data) => Load(data.ThemesFile);
}

public sealed class ThemeDefinition
{
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    [JsonPropertyName("sv")]
    public required string Sv { get; init; }

    [JsonPropertyName("en")]
    public required string En { get; init; }

    [JsonPropertyName("about")]
    public string? About { get; init; }
}
