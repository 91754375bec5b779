namespace OpenData.Ingest.Formats;

/// <summary>
/// The nesting of list items in line-oriented text: a deeper indent opens a level, and so does a lesser marker at
/// the same indent under a numbered or bulleted item ("1. Polisen ska:" then "• ..." lines); the same marker at an
/// outer level's indent closes back to it.
/// </summary>
internal sealed class ListNesting
{
    private readonly List<(int Indent, int Rank)> _open = [];

    public bool IsEmpty => _open.Count == 0;

    public int BaseIndent => _open.Count > 0 ? _open[0].Indent : 0;

    public void Reset() => _open.Clear();

    public int LevelOf(int indent, string marker)
    {
        var rank = Rank(marker);
        while (_open.Count > 0 && _open[^1].Indent > indent)
        {
            _open.RemoveAt(_open.Count - 1);
        }
        if (_open.Count == 0 || _open[^1].Indent < indent)
        {
            _open.Add((indent, rank));
            return _open.Count - 1;
        }
        if (_open[^1].Rank == rank)
        {
            return _open.Count - 1;
        }
        var outer = _open.FindLastIndex(o => o.Indent == indent && o.Rank == rank);
        if (outer >= 0)
        {
            _open.RemoveRange(outer + 1, _open.Count - outer - 1);
            return outer;
        }
        if (rank > _open[^1].Rank)
        {
            _open.Add((indent, rank));
            return _open.Count - 1;
        }
        _open[^1] = (indent, rank);
        return _open.Count - 1;
    }

    /// <summary>Numbers outrank letters, letters outrank bullets, primary bullets outrank secondary ones.</summary>
    private static int Rank(string marker) =>
        ListMarker.IsNumber(marker) ? 0
        : marker.Length == 2 && char.IsLetter(marker[0]) ? 1
        : IsPrimaryBullet(marker) ? 2
        : 3;

    private static bool IsPrimaryBullet(string marker) => marker is "•" or "●" or "■" or "\uF0B7" or "-" or "…";

    /// <summary>
    /// Bulleted items that follow a numbered item at the same depth, as separate lists in markup ("&lt;ol&gt;&lt;li&gt;1.
    /// ...&lt;/ol&gt;&lt;ul&gt;&lt;li&gt;...&lt;/ul&gt;&lt;ol start=2&gt;"), are read as its sub-items, as they would be in text.
    /// </summary>
    public static IReadOnlyList<TextBlock> UnderNumberedItems(IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<TextBlock>(blocks.Count);
        int? numberedLevel = null;
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.ListItem)
            {
                numberedLevel = null;
                result.Add(block);
                continue;
            }
            if (block.IsNumbered)
            {
                numberedLevel = block.Level;
                result.Add(block);
            }
            else if (numberedLevel is { } level && block.Level >= level)
            {
                result.Add(block with { Level = block.Level + 1 });
            }
            else
            {
                numberedLevel = null;
                result.Add(block);
            }
        }
        return result;
    }
}
