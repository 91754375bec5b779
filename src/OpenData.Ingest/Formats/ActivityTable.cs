using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace OpenData.Ingest.Formats;

/// <summary>
/// A löfte set out as a table ("Aktivitet | Ansvarig | När"): each row below the header is a commitment, read as a
/// list item with who is responsible as its suffix ("Trygghetsvandring i centrum (Kommunen)"), the form a löfte uses
/// in running text. Tables of anything else (contacts, figures) are left to be read cell by cell.
/// </summary>
internal static partial class ActivityTable
{
    public static IReadOnlyList<string> Read(IElement table)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        if (rows.Count < 2)
        {
            return [];
        }
        var header = Cells(rows[0]);
        var activity = header.FindIndex(h => Activity().IsMatch(h));
        if (activity < 0)
        {
            return [];
        }
        var responsible = header.FindIndex(h => Responsible().IsMatch(h));
        var items = new List<string>();
        foreach (var row in rows.Skip(1))
        {
            var cells = Cells(row);
            if (activity >= cells.Count || cells[activity].Length == 0)
            {
                continue;
            }
            var who = responsible >= 0 && responsible < cells.Count ? cells[responsible] : "";
            items.Add(who.Length > 0 ? $"{cells[activity]} ({who})" : cells[activity]);
        }
        return items;
    }

    private static List<string> Cells(IElement row) =>
        row.Children.Where(c => c.LocalName is "td" or "th").Select(c => Whitespace.Fold(c.TextContent)).ToList();

    [GeneratedRegex(@"(?i)^(aktivitet|aktiviteter|åtgärd|åtgärder|insats|insatser|löfte|löften|medborgarlöfte|vad|beskrivning|åtagande|åtaganden)\b")]
    private static partial Regex Activity();

    [GeneratedRegex(@"(?i)^(ansvarig|ansvar|vem|utförare|part|ansvarar)\b")]
    private static partial Regex Responsible();
}
