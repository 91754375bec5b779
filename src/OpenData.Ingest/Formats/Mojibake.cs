using System.Text;
using System.Text.RegularExpressions;

namespace OpenData.Ingest.Formats;

/// <summary>
/// Puts right text that was UTF-8 read as Windows-1252 somewhere before it was published ("SÃ¶lvesborgs kommun",
/// "trygghetsvandringar pÃ¥ kvÃ¤llstid"): each run of such characters that is valid UTF-8 when turned back into
/// bytes is decoded again. Runs that do not decode are left as they are; nothing is guessed.
/// </summary>
public static partial class Mojibake
{
    public static string Repair(string text)
    {
        if (!Suspect().IsMatch(text))
        {
            return text;
        }
        return Run().Replace(text, m =>
        {
            var bytes = new byte[m.Value.Length];
            for (var i = 0; i < m.Value.Length; i++)
            {
                var b = TextDecoding.Windows1252.GetBytes(m.Value[i].ToString());
                if (b.Length != 1)
                {
                    return m.Value;
                }
                bytes[i] = b[0];
            }
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return m.Value;
            }
        });
    }

    // Lead bytes Ã (å ä ö é ü ...) and â (dashes, quotes, bullets) with the continuation bytes as Windows-1252 shows them.
    [GeneratedRegex("[ÃÂ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]")]
    private static partial Regex Suspect();

    [GeneratedRegex("(?:[ÃÂÅ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â[\u0080-\u00BF\u20AC\u2122][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122])+")]
    private static partial Regex Run();
}
