using System.Globalization;
using System.Text;
using OpenData.Ingest.Reading.Themes.Evaluation;

namespace OpenData.Harvester.Commands;

/// <summary>The evaluation as `themes evaluate` prints it: a fixed-width table, and the misses on request.</summary>
public static class ThemeEvaluationTable
{
    public static string Format(ThemeEvaluation evaluation, string casesFolder)
    {
        var width = Math.Max(24, evaluation.PerTheme.Max(s => s.Code.Length));
        var text = new StringBuilder();
        Line(text, $"{evaluation.TaxonomyVersion} against {evaluation.Promises} gold promises in {casesFolder}");
        text.Append('\n');
        Line(text, $"{"theme".PadRight(width)}  {"gold",5} {"tp",5} {"fp",5} {"fn",5}  {"precision",9} {"recall",7} {"f1",6}");
        foreach (var score in evaluation.PerTheme)
        {
            Row(text, score, width);
        }
        text.Append('-', width + 54).Append('\n');
        Row(text, evaluation.Micro, width);
        Line(text, $"{"macro".PadRight(width)}  {"",5} {"",5} {"",5} {"",5}  {"",9} {"",7} {evaluation.MacroF1,6:0.000}");
        Line(text, $"summary: themes_micro_p={evaluation.Micro.Precision:0.000} themes_micro_r={evaluation.Micro.Recall:0.000} themes_micro_f1={evaluation.Micro.F1:0.000} themes_macro_f1={evaluation.MacroF1:0.000}");
        return text.ToString();
    }

    public static string FormatMisses(ThemeEvaluation evaluation)
    {
        var text = new StringBuilder();
        foreach (var miss in evaluation.Misses)
        {
            text.Append('\n');
            Line(text, $"--- {miss.Promise.Case}: {miss.Promise.Text}");
            var got = miss.Predicted.Select(m => $"{m.Code} ({string.Join(", ", m.DecidedBy)})");
            Line(text, $"    got:  {(miss.Predicted.Count == 0 ? "none" : string.Join("; ", got))}");
            Line(text, $"    want: {(miss.Promise.Themes.Count == 0 ? "none" : string.Join(", ", miss.Promise.Themes.Order(StringComparer.Ordinal)))}");
        }
        return text.ToString();
    }

    private static void Row(StringBuilder text, ThemeScore s, int width) =>
        Line(text, $"{s.Code.PadRight(width)}  {s.Gold,5} {s.TruePositives,5} {s.FalsePositives,5} {s.FalseNegatives,5}  {s.Precision,9:0.000} {s.Recall,7:0.000} {s.F1,6:0.000}");

    /// <summary>Figures with a decimal point whatever the machine's culture: scripts parse the summary line.</summary>
    private static void Line(StringBuilder text, FormattableString line) =>
        text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
