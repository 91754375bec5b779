namespace OpenData.Ingest.Reading;

/// <summary>Whether two words differ by at most one letter added, dropped, changed or two swapped (OCR and typing slips).</summary>
public static class EditDistance
{
    public static bool AtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }
        if (i == a.Length && i == b.Length)
        {
            return true;
        }
        var ra = a[(Math.Min(i + 1, a.Length))..];
        var rb = b[(Math.Min(i + 1, b.Length))..];
        return ra == rb ||                                                        // changed
               a[i..] == b[Math.Min(i + 1, b.Length)..] ||                         // added in b
               a[Math.Min(i + 1, a.Length)..] == b[i..] ||                         // dropped from b
               (i + 1 < a.Length && i + 1 < b.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..]); // swapped
    }
}
