using System.Text.RegularExpressions;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Whether a clause tells what has been done rather than what will be: the perfect ("har bytts ut", "har vi
/// genomfört") or the past passive ("genomfördes", "startades"), with no modal of the future ("ska", "kommer att",
/// "lovar") beside it. Reports on a löfte are written so; promises are not.
/// </summary>
public static partial class SwedishTense
{
    public static bool IsReportedDone(string text) => Done().IsMatch(text) && !Future().IsMatch(text);

    // "har bytts ut", "har installerats", "har gjorts", "har vi genomfört", "genomfördes", "startades".
    [GeneratedRegex(@"(?i)\b(har|hade)\s+(\p{L}+\s+){0,2}?\p{L}{2,}(ats|its|tts|ts|dds|at|it|tt|dd)\b|\b\p{L}{3,}(ades|des|tes)\b")]
    private static partial Regex Done();

    [GeneratedRegex(@"(?i)\b(ska|skall|kommer\s+att|lovar|vill)\b")]
    private static partial Regex Future();
}
