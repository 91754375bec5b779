using System.Text.Json;
using OpenData.Core.Themes;
using OpenData.Testing;

namespace OpenData.Core.Tests;

public class ThemeTaxonomyTests
{
    [Fact]
    public void The_project_taxonomy_is_the_contracts_themes_v1_with_a_lexicon_for_every_theme()
    {
        var taxonomy = ThemeTaxonomy.Load(RepositoryPaths.Data);

        Assert.Equal("themes-v1", taxonomy.Version);
        Assert.Equal(13, taxonomy.Themes.Count);
        Assert.All(taxonomy.Themes, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.About), $"{t.Code}: no Swedish definition");
            Assert.False(string.IsNullOrWhiteSpace(t.AboutEn), $"{t.Code}: no English definition");
            Assert.NotEmpty(t.Lexicon.Terms);
        });

        // The contract's themes.json, copied into the tests so that a clone on its own checks it too.
        var contract = Path.Combine(RepositoryPaths.Root, "tests", "OpenData.Core.Tests", "Fixtures", "contract-themes.json");
        using var json = JsonDocument.Parse(File.ReadAllText(contract));
        Assert.Equal(json.RootElement.GetProperty("version").GetString(), taxonomy.Version);
        var codes = json.RootElement.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("code").GetString()).ToList();
        Assert.Equal(codes, taxonomy.Themes.Select(t => t.Code));
    }

    [Theory]
    [InlineData("""{ "version": "", "themes": [] }""", "no version")]
    [InlineData("""{ "version": "v", "themes": [ { "code": "a", "sv": "A", "en": "A", "lexicon": { "terms": ["a"] } }, { "code": "a", "sv": "A", "en": "A", "lexicon": { "terms": ["a"] } } ] }""", "appears twice")]
    [InlineData("""{ "version": "v", "themes": [ { "code": "a", "sv": "A", "en": "A" } ] }""", "no lexicon terms")]
    [InlineData("""{ "version": "v", "themes": [ { "code": "Trafik", "sv": "A", "en": "A", "lexicon": { "terms": ["a"] } } ] }""", "not a theme code")]
    [InlineData("""{ "version": "v", "themes": [ { "code": "a", "sv": "", "en": "A", "lexicon": { "terms": ["a"] } } ] }""", "Swedish and an English label")]
    [InlineData("""{ "version": "v", "themes": [ """, "not a theme taxonomy")]
    public void A_broken_taxonomy_is_refused_with_the_reason(string json, string reason)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "themes.json");
        File.WriteAllText(path, json);

        var error = Assert.Throws<InvalidDataException>(() => ThemeTaxonomy.Load(path));
        Assert.Contains(reason, error.Message);
    }
}
