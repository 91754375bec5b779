using System.Globalization;
using System.Text;

namespace OpenData.Core.Text;

/// <summary>
/// polisen.se's slug rule for place names in addresses: lower case, å and ä → a, ö → o, spaces → '-'
/// ("Upplands Väsby" → "upplands-vasby", "Västmanlands län" → "vastmanlands-lan").
/// </summary>
public static class Slug
{
    public static string For(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            switch (c)
            {
                case 'å' or 'ä':
                    sb.Append('a');
                    break;
                case 'ö':
                    sb.Append('o');
                    break;
                case ' ':
                    sb.Append('-');
                    break;
                default:
                    // Any other accented letter (é in a future name) loses its accent the way å and ä do.
                    foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
                    {
                        if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                        {
                            sb.Append(part);
                        }
                    }
                    break;
            }
        }
        return sb.ToString();
    }
}
