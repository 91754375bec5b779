using OpenData.Core.Text;

namespace OpenData.Core.Tests;

public class SwedishStemmerTests
{
    [Theory]
    [InlineData("narkotikan", "narkotika")]
    [InlineData("trygghetsvandringar", "trygghetsvandring")]
    [InlineData("trafikinsatser", "trafikinsats")]
    public void Inflected_forms_meet_their_base_form_by_stem_prefix(string inflected, string baseForm)
    {
        // Snowball stems "trafikinsats" one letter further than "trafikinsatser": search matches stems by prefix.
        var (a, b) = (SwedishStemmer.Stem(inflected), SwedishStemmer.Stem(baseForm));
        Assert.True(a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal), $"{inflected} → {a}, {baseForm} → {b}");
    }

    [Fact]
    public void Stems_every_word_of_a_text()
    {
        Assert.Equal(["polis", "lov", "att"], SwedishStemmer.StemWords("Polisen lovar att").Take(3));
    }
}
