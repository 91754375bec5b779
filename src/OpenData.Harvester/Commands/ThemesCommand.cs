using System.CommandLine;
using System.Globalization;
using OpenData.Core;
using OpenData.Core.Themes;
using OpenData.Ingest.Contract;
using OpenData.Ingest.Reading.Themes;
using OpenData.Ingest.Reading.Themes.Evaluation;

namespace OpenData.Harvester.Commands;

/// <summary>
/// `themes evaluate [CASES_DIR] [--show] [--fail-under F1]`: per-theme precision, recall and F1 of the classifier
/// against gold cases; `themes classify TEXT...`: the themes of a text and the words that decided them.
/// </summary>
public static class ThemesCommand
{
    public static Command Create(GlobalOptionSet global)
    {
        var command = new Command("themes", "The theme taxonomy's classifier: evaluate it, or classify a text.");
        command.Subcommands.Add(Evaluate(global));
        command.Subcommands.Add(Classify(global));
        return command;
    }

    private static Command Evaluate(GlobalOptionSet global)
    {
        var cases = new Argument<string?>("CASES_DIR")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "A folder of NAME.expected.json gold cases (default: ../shared/eval/dev beside the repository).",
        };
        var show = new Option<bool>("--show") { Description = "Also print every promise whose themes differ from the gold, with the deciding words." };
        var failUnder = new Option<double?>("--fail-under") { Description = "Exit 1 when the micro-F1 is below this (0 to 1)." };
        failUnder.Validators.Add(r =>
        {
            if (r.GetValue(failUnder) is { } f && f is < 0 or > 1)
            {
                r.AddError("--fail-under is an F1 between 0 and 1.");
            }
        });
        var command = new Command("evaluate", "Per-theme precision, recall and F1 against gold cases, as a table.") { cases, show, failUnder };
        command.SetAction(parse =>
        {
            var data = DataDirectory.Locate(global.Read(parse).DataDirectory);
            var folder = parse.GetValue(cases) ?? Path.GetFullPath(Path.Combine(data.Root, "..", "..", "shared", "eval", "dev"));
            ThemeEvaluation evaluation;
            try
            {
                var taxonomy = ThemeTaxonomy.Load(data);
                evaluation = ThemeEvaluation.Run(
                    new LexiconThemeClassifier(taxonomy), taxonomy.Themes.Select(t => t.Code).ToList(), GoldPromise.ReadAll(folder));
            }
            catch (Exception e) when (e is InvalidDataException or DirectoryNotFoundException or IOException)
            {
                Console.Error.WriteLine($"themes evaluate: {e.Message}");
                return 2;
            }

            using var stdout = Utf8Output.Open();
            stdout.Write(ThemeEvaluationTable.Format(evaluation, folder));
            if (parse.GetValue(show))
            {
                stdout.Write(ThemeEvaluationTable.FormatMisses(evaluation));
            }
            if (parse.GetValue(failUnder) is { } threshold && evaluation.Micro.F1 < threshold)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"themes micro-F1 {evaluation.Micro.F1:0.000} is below the threshold {threshold:0.000}"));
                return 1;
            }
            return 0;
        });
        return command;
    }

    private static Command Classify(GlobalOptionSet global)
    {
        var texts = new Argument<string[]>("TEXT") { Arity = ArgumentArity.OneOrMore, Description = "Promise texts to classify." };
        var command = new Command("classify", "Print each text's themes and the words that decided them, as JSON Lines.") { texts };
        command.SetAction(parse =>
        {
            var classifier = LexiconThemeClassifier.Load(DataDirectory.Locate(global.Read(parse).DataDirectory));
            using var stdout = Utf8Output.Open();
            foreach (var text in parse.GetValue(texts)!)
            {
                var matches = classifier.Classify(text);
                stdout.WriteLine(ContractJson.Serialize(new
                {
                    text,
                    taxonomyVersion = classifier.TaxonomyVersion,
                    themes = matches.Select(m => m.Code),
                    themeEvidence = matches.ToDictionary(m => m.Code, m => m.DecidedBy),
                }));
            }
            return 0;
        });
        return command;
    }
}
