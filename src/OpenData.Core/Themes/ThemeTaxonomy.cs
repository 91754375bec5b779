using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace OpenData.Core.Themes;

/// <summary>
/// The theme taxonomy of data/themes.json: a version, and its themes, each a stable code with labels, a definition
/// and the lexicon that decides it. Every stored classification records the version.
/// </summary>
public sealed partial class ThemeTaxonomy
{
    [JsonPropertyName("version")]
    public required string Version { get; init; }

    [JsonPropertyName("themes")]
    public required IReadOnlyList<ThemeDefinition> Themes { get; init; }

    public static ThemeTaxonomy Load(string path)
    {
        ThemeTaxonomy? taxonomy;
        try
        {
            using var stream = File.OpenRead(path);
            taxonomy = JsonSerializer.Deserialize<ThemeTaxonomy>(stream);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a theme taxonomy: {e.Message}", e);
        }
        if (taxonomy is null)
        {
            throw new InvalidDataException($"{path} holds no taxonomy");
        }
        taxonomy.Validate(path);
        return taxonomy;
    }

    public static ThemeTaxonomy Load(DataDirectory data) => Load(data.ThemesFile);

    private void Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(Version))
        {
            throw new InvalidDataException($"{path}: the taxonomy has no version");
        }
        foreach (var theme in Themes)
        {
            if (!Code().IsMatch(theme.Code ?? ""))
            {
                throw new InvalidDataException($"{path}: '{theme.Code}' is not a theme code (lower-case letters and '_')");
            }
            if (string.IsNullOrWhiteSpace(theme.Sv) || string.IsNullOrWhiteSpace(theme.En))
            {
                throw new InvalidDataException($"{path}: theme '{theme.Code}' needs both a Swedish and an English label");
            }
            if (theme.Lexicon.Terms.Count == 0)
            {
                throw new InvalidDataException($"{path}: theme '{theme.Code}' has no lexicon terms, so nothing could decide it");
            }
        }
        var duplicate = Themes.GroupBy(t => t.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{path}: theme code '{duplicate.Key}' appears twice");
        }
    }

    [GeneratedRegex("^[a-z][a-z_]*$")]
    private static partial Regex Code();
}
