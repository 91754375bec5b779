namespace OpenData.Harvester.Sources;

/// <summary>
/// Whether an address names a löfte: medborgarlöfte(n/t), in any of the spellings addresses take (medborgarlofte,
/// medborgarloefte, medborgarl%C3%B6fte), or samverkansöverenskommelse, the agreement a löfte often goes with.
/// </summary>
public static class LofteWords
{
    private static readonly string[] Stems = ["medborgarlofte", "medborgarloefte", "medborgarloft", "samverkansoverenskommelse"];

    public static bool Names(Uri url) => Names(Uri.UnescapeDataString(url.AbsolutePath));

    public static bool Names(string text)
    {
        var folded = Fold(text);
        return Stems.Any(s => folded.Contains(s, StringComparison.Ordinal));
    }

    public static string Fold(string text) =>
        text.ToLowerInvariant().Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o');
}
