using System.CommandLine;
using OpenData.Core;
using OpenData.Core.Reference;
using OpenData.Ingest.Contract;
using OpenData.Ingest.Reading;

namespace OpenData.Harvester.Commands;

/// <summary>
/// `followups evaluate GOLD_DIR [CASES_DIR] [--show]`: reads the follow-ups each NAME.followups.json gold file names
/// (its files looked up in CASES_DIR, else beside the gold), links their items to the promises of the löfte files it
/// names, and prints items found, statuses right and the precision and recall of the links.
/// </summary>
public static class FollowUpsCommand
{
    public static Command Create(GlobalOptionSet global)
    {
        var command = new Command("followups", "Follow-ups (uppföljning): evaluate the reader and the links to promises.");
        var gold = new Argument<string>("GOLD_DIR") { Description = "A folder of NAME.followups.json gold files (docs/followups.md)." };
        var cases = new Argument<string?>("CASES_DIR") { Arity = ArgumentArity.ZeroOrOne, Description = "Where the files the gold names are (default: the gold's folder)." };
        var show = new Option<bool>("--show") { Description = "Also print every difference from the gold." };
        var evaluate = new Command("evaluate", "Items, statuses and link precision/recall against gold follow-ups.") { gold, cases, show };
        evaluate.SetAction(parse =>
        {
            var data = DataDirectory.Locate(global.Read(parse).DataDirectory);
            var goldFolder = parse.GetValue(gold)!;
            var caseFolder = parse.GetValue(cases) ?? goldFolder;
            var extractor = Extractor.Create(data);
            var evaluation = new FollowUpEvaluation(ReferenceData.Load(data));
            try
            {
                foreach (var file in Directory.GetFiles(goldFolder, "*.followups.json").Order(StringComparer.Ordinal))
                {
                    evaluation.Add(FollowUpGold.Parse(File.ReadAllText(file)), name =>
                        File.ReadAllBytes(File.Exists(Path.Combine(caseFolder, name)) ? Path.Combine(caseFolder, name) : Path.Combine(goldFolder, name)), extractor);
                }
            }
            catch (Exception e) when (e is IOException or System.Text.Json.JsonException or FormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"followups evaluate: {e.Message}");
                return 2;
            }
            using var stdout = Utf8Output.Open();
            stdout.WriteLine(evaluation.ToString());
            if (parse.GetValue(show))
            {
                foreach (var difference in evaluation.Differences)
                {
                    stdout.WriteLine("  " + difference);
                }
            }
            return 0;
        });
        command.Subcommands.Add(evaluate);
        return command;
    }
}
