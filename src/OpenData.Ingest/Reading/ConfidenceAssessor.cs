using System.Text.RegularExpressions;
using OpenData.Core.Model;
using OpenData.Ingest.Formats;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Gives a reading its confidence from what the rules already know: a löfte without commitments, or with commitments
/// taken from prose, years the text never states, kommuner taken from an address or a whole lokalpolisområde. Each
/// doubt costs what it costs on the dev cases: a löfte read with no promises is wrong more often than not, a kommun
/// from the address is usually right.
/// </summary>
public static partial class ConfidenceAssessor
{
    private static readonly Dictionary<UncertaintyReason, double> Cost = new()
    {
        [UncertaintyReason.NoPromisesFound] = 0.5,
        [UncertaintyReason.GoalsOnly] = 0.5,
        [UncertaintyReason.NoKommun] = 0.4,
        [UncertaintyReason.YearsNotStated] = 0.25,
        [UncertaintyReason.FewPromises] = 0.2,
        [UncertaintyReason.NoListFound] = 0.15,
        [UncertaintyReason.KommunInferredFromAddress] = 0.15,
        [UncertaintyReason.KommunerFromLokalpolisomrade] = 0.15,
        [UncertaintyReason.ReadingWarnings] = 0.1,
    };

    /// <param name="reading">The reading, promises, years and kommuner read.</param>
    /// <param name="body">The blocks the promises were read from (title and site chrome removed).</param>
    /// <param name="kommunBasis">What the kommuner were taken from.</param>
    public static ReadingConfidence Assess(DocumentReading reading, IReadOnlyList<TextBlock> body, KommunBasis kommunBasis)
    {
        var reasons = new List<UncertaintyReason>();
        if (reading.Kind == DocumentKind.Lofte)
        {
            if (reading.Promises.Count == 0)
            {
                reasons.Add(body.Any(b => Goal().IsMatch(b.Text)) ? UncertaintyReason.GoalsOnly : UncertaintyReason.NoPromisesFound);
            }
            else
            {
                if (reading.Promises.Count <= 2)
                {
                    reasons.Add(UncertaintyReason.FewPromises);
                }
                if (!body.Any(b => b.Kind == BlockKind.ListItem))
                {
                    reasons.Add(UncertaintyReason.NoListFound);
                }
            }
            if (reading.Years.Count == 0)
            {
                reasons.Add(UncertaintyReason.YearsNotStated);
            }
        }
        if (reading.Kommuner.Count == 0)
        {
            reasons.Add(UncertaintyReason.NoKommun);
        }
        else if (kommunBasis == KommunBasis.Address)
        {
            reasons.Add(UncertaintyReason.KommunInferredFromAddress);
        }
        else if (kommunBasis == KommunBasis.AllOfLokalpolisomrade)
        {
            reasons.Add(UncertaintyReason.KommunerFromLokalpolisomrade);
        }
        if (reading.Warnings.Count > 0)
        {
            reasons.Add(UncertaintyReason.ReadingWarnings);
        }
        var ordered = reasons.OrderByDescending(r => Cost[r]).ThenBy(r => r).ToList();
        var score = Math.Max(0, 1 - ordered.Sum(r => Cost[r]));
        return new ReadingConfidence(Math.Round(score, 2), ordered);
    }

    /// <summary>Aims and framing: "Vi vill minska …", "Målet är …", "Syftet med …", "ska bidra till …".</summary>
    [GeneratedRegex(@"(?i)\b(vi vill|målet (är|med)|målen|syftet (är|med)|ska bidra till|övergripande mål|ambitionen)\b")]
    private static partial Regex Goal();
}
