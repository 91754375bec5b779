using System.Security.Cryptography;
using System.Text;

namespace OpenData.Ingest.Storage;

/// <summary>
/// The comparable form of a promise's text, and the stable key derived from it. Comparing normalised text is what
/// keeps a re-harvest from churning on a changed space or dash.
/// </summary>
public static class PromiseText
{
    /// <summary>Lower case, letters and digits only, single spaces.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                sb.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>16 hex characters of SHA-256 over the löfte's key and the normalised text.</summary>
    public static string Key(string lofteKey, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lofteKey + "\n" + Normalise(text))))[..16];

    /// <summary>Jaccard overlap of the word sets: how far a reworded promise is still the same promise.</summary>
    public static double Similarity(string a, string b)
    {
        var wa = Normalise(a).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var wb = Normalise(b).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        if (wa.Count == 0 && wb.Count == 0)
        {
            return 1;
        }
        var union = wa.Count + wb.Count - wa.Intersect(wb).Count();
        return (double)wa.Intersect(wb).Count() / union;
    }
}
