using System.Text;
using System.Text.RegularExpressions;

namespace OpenData.Ingest.Formats;

/// <summary>
/// Decodes the bytes of a page to text. Swedish sites still serve Windows-1252 and ISO-8859-1, often without saying
/// so: a byte-order mark wins, then valid UTF-8, then the declared charset (HTTP header, then &lt;meta&gt;), then
/// UTF-8 with stray Windows-1252 bytes (a page pasted together from two sources) read byte by byte, then
/// Windows-1252, which the web treats as the meaning of "ISO-8859-1". Text that was decoded twice before it was
/// published ("SÃ¶lvesborg") is put right (<see cref="Mojibake"/>).
/// </summary>
public static partial class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static string Decode(byte[] body, string? contentType) => Mojibake.Repair(DecodeBytes(body, contentType));

    private static string DecodeBytes(byte[] body, string? contentType)
    {
        var bom = BomEncoding(body, out var skip);
        if (bom is not null)
        {
            return bom.GetString(body, skip, body.Length - skip);
        }
        // Valid UTF-8 first: a page that declares Latin-1 but is valid UTF-8 with å/ä/ö is almost always UTF-8,
        // while Windows-1252 text with å/ä/ö is almost never valid UTF-8.
        if (TryUtf8(body, out var utf8))
        {
            return utf8;
        }
        var declared = Declared(contentType) ?? DeclaredInMarkup(body);
        if (declared is not null and not UTF8Encoding)
        {
            return declared.GetString(body);
        }
        return MostlyUtf8(body) ? MixedUtf8(body) : Windows1252.GetString(body);
    }

    /// <summary>Whether the multi-byte sequences that are valid UTF-8 outnumber the bytes that are not.</summary>
    private static bool MostlyUtf8(byte[] body)
    {
        int valid = 0, invalid = 0;
        for (var i = 0; i < body.Length;)
        {
            var length = Utf8SequenceLength(body, i);
            if (length > 1)
            {
                valid++;
            }
            else if (length == 0)
            {
                invalid++;
            }
            i += Math.Max(1, length);
        }
        return valid > invalid;
    }

    /// <summary>UTF-8 where the bytes are valid UTF-8, and Windows-1252 byte by byte where they are not.</summary>
    private static string MixedUtf8(byte[] body)
    {
        var sb = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length;)
        {
            var length = Utf8SequenceLength(body, i);
            if (length == 0)
            {
                sb.Append(Windows1252.GetString(body, i, 1));
                i++;
            }
            else
            {
                sb.Append(Encoding.UTF8.GetString(body, i, length));
                i += length;
            }
        }
        return sb.ToString();
    }

    /// <summary>The length of the valid UTF-8 sequence at <paramref name="i"/>, or 0 where the byte starts none.</summary>
    private static int Utf8SequenceLength(byte[] b, int i)
    {
        var lead = b[i];
        var length = lead < 0x80 ? 1 : lead is >= 0xC2 and <= 0xDF ? 2 : lead is >= 0xE0 and <= 0xEF ? 3 : lead is >= 0xF0 and <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > b.Length)
        {
            return 0;
        }
        for (var k = 1; k < length; k++)
        {
            if ((b[i + k] & 0xC0) != 0x80)
            {
                return 0;
            }
        }
        return length;
    }

    /// <summary>The charset parameter of a Content-Type header, where it names an encoding this runtime knows.</summary>
    public static Encoding? Declared(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }
        var match = CharsetParameter().Match(contentType);
        return match.Success ? ByName(match.Groups[1].Value) : null;
    }

    private static Encoding? DeclaredInMarkup(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 4096));
        var match = MetaCharset().Match(head);
        return match.Success ? ByName(match.Groups[1].Value) : null;
    }

    private static Encoding? ByName(string name)
    {
        name = name.Trim().Trim('"', '\'').ToLowerInvariant();
        // WHATWG: these labels all mean windows-1252.
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "iso8859-1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252")
        {
            return Windows1252;
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? BomEncoding(byte[] body, out int skip)
    {
        skip = 0;
        if (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF)
        {
            skip = 3;
            return Encoding.UTF8;
        }
        if (body.Length >= 2 && body[0] == 0xFF && body[1] == 0xFE)
        {
            skip = 2;
            return Encoding.Unicode;
        }
        if (body.Length >= 2 && body[0] == 0xFE && body[1] == 0xFF)
        {
            skip = 2;
            return Encoding.BigEndianUnicode;
        }
        return null;
    }

    private static bool TryUtf8(byte[] body, out string text)
    {
        var valid = System.Text.Unicode.Utf8.IsValid(body);
        text = valid ? Encoding.UTF8.GetString(body) : "";
        return valid;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
