using System.Diagnostics;
using OpenData.Core.Themes;
using OpenData.Harvester.Commands;
using OpenData.Harvester.Normalisation.Themes;
using OpenData.Harvester.Normalisation.Themes.Evaluation;
using OpenData.Testing;

namespace OpenData.Harvester.Tests;

public class ThemeEvaluationTests
{
    private static readonly ThemeTaxonomy Taxonomy = ThemeTaxonomy.Load(RepositoryPaths.Data);

    /// <summary>Two gold cases of sentences written for the test: one promise right, one with a theme too many, one with one too few.</summary>
    private static TempFolder Cases()
    {
        var folder = new TempFolder("theme-cases");
        File.WriteAllText(Path.Combine(folder.Path, "a.expected.json"), """
            { "kind": "lofte", "promises": [
              { "text": "Polisen ska genomföra trafikkontroller vid skolorna.", "themes": ["trafik", "barn_unga"] },
              { "text": "Kommunen ska sanera klotter inom ett dygn.", "themes": [] }
            ] }
            """);
        File.WriteAllText(Path.Combine(folder.Path, "b.expected.json"), """
            { "kind": "nyhet", "promises": [
              { "text": "Polisen ska arbeta mot langning.", "themes": ["alkohol_tobak", "barn_unga"] }
            ] }
            """);
        File.WriteAllText(Path.Combine(folder.Path, "a.txt"), "not read: only the gold is");
        return folder;
    }

    private static ThemeEvaluation Evaluate(string folder) => ThemeEvaluation.Run(
        new LexiconThemeClassifier(Taxonomy), Taxonomy.Themes.Select(t => t.Code).ToList(), GoldPromise.ReadAll(folder));

    [Fact]
    public void Scores_each_theme_and_all_of_them_against_the_gold()
    {
        using var cases = Cases();
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
    public void The_table_has_a_row_per_theme_the_micro_figures_and_a_parsable_summary()
    {
        using var cases = Cases();
        var evaluation = Evaluate(cases.Path);
        var table = ThemeEvaluationTable.Format(evaluation, cases.Path);
        var lines = table.Split('\n');

        Assert.All(Taxonomy.Themes, t => Assert.Contains(lines, l => l.StartsWith(t.Code + " ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("micro ", StringComparison.Ordinal) && l.EndsWith("0.750", StringComparison.Ordinal));
        Assert.Contains("summary: themes_micro_p=0.750 themes_micro_r=0.750 themes_micro_f1=0.750", table);

        var misses = ThemeEvaluationTable.FormatMisses(evaluation);
        Assert.Contains("got:  offentlig_miljo (klotter)", misses);
        Assert.Contains("want: alkohol_tobak, barn_unga", misses);
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

    [Theory]
    [InlineData("0.7", 0)]
    [InlineData("0.8", 1)]
    public async Task The_command_fails_below_the_threshold(string threshold, int exitCode)
    {
        using var cases = Cases();
        var (code, stdout, stderr) = await HarvesterAsync("themes", "evaluate", cases.Path, "--fail-under", threshold);

        Assert.Equal(exitCode, code);
        Assert.Contains("themes_micro_f1=0.750", stdout);
        if (exitCode != 0)
        {
            Assert.Contains("below the threshold 0.800", stderr);
        }
    }

    [Fact]
    public async Task The_command_says_plainly_when_there_are_no_cases()
    {
        using var folder = new TempFolder("theme-cases");
        var (code, _, stderr) = await HarvesterAsync("themes", "evaluate", Path.Combine(folder.Path, "missing"));

        Assert.Equal(2, code);
        Assert.StartsWith("themes evaluate: no cases folder at", stderr);
        Assert.DoesNotContain("Exception", stderr);
    }

    /// <summary>The built harvester in a process of its own, as CI runs it.</summary>
    private static async Task<(int Code, string Stdout, string Stderr)> HarvesterAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args.Prepend(typeof(ThemesCommand).Assembly.Location).Concat(["--data", RepositoryPaths.Data.Root]))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
