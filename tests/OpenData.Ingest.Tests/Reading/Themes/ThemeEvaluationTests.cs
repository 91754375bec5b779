using OpenData.Core.Themes;
using OpenData.Ingest.Reading.Themes;
using OpenData.Ingest.Reading.Themes.Evaluation;
using OpenData.Testing;
using OpenData.Testing.Documents;

namespace OpenData.Ingest.Tests.Reading.Themes;

public class ThemeEvaluationTests
{
    private static readonly ThemeTaxonomy Taxonomy = ThemeTaxonomy.Load(RepositoryPaths.Data);

    private static ThemeEvaluation Evaluate(string folder) => ThemeEvaluation.Run(
        new LexiconThemeClassifier(Taxonomy), Taxonomy.Themes.Select(t => t.Code).ToList(), GoldPromise.ReadAll(folder));
    [Fact]
    public void Scores_each_theme_and_all_of_them_against_the_gold()
    {
        using var cases = ThemeGoldCases.Write();
        var evaluation = Evaluate(cases.Path);

        Assert.Equal(3, evaluation.Promises);
        var barnUnga = evaluation.PerTheme.Single(s => s.Code == "barn_unga");
        Assert.Equal((1, 0, 1), (barnUnga.TruePositives, barnUnga.FalsePositives, barnUnga.FalseNegatives));
        Assert.Equal(0.5, barnUnga.Recall);
        var miljo = evaluation.PerTheme.Single(s => s.Code == "offentlig_miljo");
        Assert.Equal((0, 1, 0), (miljo.TruePositives, miljo.FalsePositives, miljo.FalseNegatives));
        Assert.Equal((3, 1, 1), (evaluation.Micro.TruePositives, evaluation.Micro.FalsePositives, evaluation.Micro.FalseNegatives));
        Assert.Equal(0.75, evaluation.Micro.F1, 3);
        Assert.Equal(2, evaluation.Misses.Count);
    }

    [Fact]
    public void A_gold_theme_outside_the_taxonomy_is_refused()
    {
        using var folder = new TempFolder("theme-cases");
        File.WriteAllText(Path.Combine(folder.Path, "x.expected.json"), """{ "promises": [ { "text": "t", "themes": ["trafiken"] } ] }""");

        var error = Assert.Throws<InvalidDataException>(() => Evaluate(folder.Path));
        Assert.Contains("case x: theme 'trafiken' is not in themes-v1", error.Message);
    }

    [Fact]
    public void A_folder_without_cases_is_refused()
    {
        using var folder = new TempFolder("theme-cases");
        Assert.Throws<InvalidDataException>(() => GoldPromise.ReadAll(folder.Path));
        Assert.Throws<DirectoryNotFoundException>(() => GoldPromise.ReadAll(Path.Combine(folder.Path, "missing")));
    }
}
