using System.Diagnostics;
using OpenData.Core.Themes;
using OpenData.Harvester.Commands;
using OpenData.Ingest.Reading.Themes;
using OpenData.Ingest.Reading.Themes.Evaluation;
using OpenData.Testing;
using OpenData.Testing.Documents;

namespace OpenData.Harvester.Tests.Commands;

/// <summary>`themes evaluate` as CI runs it: the table it prints and its exit code against a threshold.</summary>
public class ThemesCommandTests
{
    private static readonly ThemeTaxonomy Taxonomy = ThemeTaxonomy.Load(RepositoryPaths.Data);

    private static ThemeEvaluation Evaluate(string folder) => ThemeEvaluation.Run(
        new LexiconThemeClassifier(Taxonomy), Taxonomy.Themes.Select(t => t.Code).ToList(), GoldPromise.ReadAll(folder));
    [Fact]
    public void The_table_has_a_row_per_theme_the_micro_figures_and_a_parsable_summary()
    {
        using var cases = ThemeGoldCases.Write();
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

    [Theory]
    [InlineData("0.7", 0)]
    [InlineData("0.8", 1)]
    public async Task The_command_fails_below_the_threshold(string threshold, int exitCode)
    {
        using var cases = ThemeGoldCases.Write();
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
