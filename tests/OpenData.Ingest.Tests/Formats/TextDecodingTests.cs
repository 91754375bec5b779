using System.Text;
using OpenData.Ingest.Formats;

namespace OpenData.Ingest.Tests.Formats;

public class TextDecodingTests
{
    private const string Swedish = "Medborgarlöfte för Åmål – trygghet på gång- och cykelvägar • nattvandring";

    [Fact]
    public void Windows_1252_served_without_a_charset_keeps_its_letters()
    {
        var bytes = TextDecoding.Windows1252.GetBytes($"<html><body><p>{Swedish}</p></body></html>");
        Assert.Contains(Swedish, TextDecoding.Decode(bytes, "text/html"));
    }

    [Fact]
    public void Iso_8859_1_declared_in_a_meta_tag_is_read_as_the_web_reads_it()
    {
        var bytes = TextDecoding.Windows1252.GetBytes($"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>{Swedish}</body></html>");
        Assert.Contains(Swedish, TextDecoding.Decode(bytes, null));
    }

    [Fact]
    public void Utf8_wins_over_a_wrong_latin1_declaration()
    {
        var bytes = Encoding.UTF8.GetBytes(Swedish);
        Assert.Equal(Swedish, TextDecoding.Decode(bytes, "text/html; charset=iso-8859-1"));
    }

    [Fact]
    public void A_byte_order_mark_decides_and_is_dropped()
    {
        Assert.Equal(Swedish, TextDecoding.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Swedish)], null));
        Assert.Equal(Swedish, TextDecoding.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Swedish)], null));
    }

    [Fact]
    public void Utf8_with_stray_windows_1252_bytes_keeps_both_parts()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Ölandsbron och Färjestaden, "), .. TextDecoding.Windows1252.GetBytes("Mörbylånga kommun")];
        Assert.Equal("Ölandsbron och Färjestaden, Mörbylånga kommun", TextDecoding.Decode(bytes, null));
    }

    [Fact]
    public void Text_decoded_twice_before_it_was_published_is_put_right()
    {
        var twice = TextDecoding.Windows1252.GetString(Encoding.UTF8.GetBytes(Swedish));
        Assert.Equal(Swedish, Mojibake.Repair(twice));
        Assert.Equal(Swedish, TextDecoding.Decode(Encoding.UTF8.GetBytes(twice), null));
        Assert.Equal("Åsele", Mojibake.Repair("Åsele")); // correct text is left alone
    }
}
