using OpenData.Core.Text;

namespace OpenData.Core.Tests;

public class SwedishInflectionTests
{
    [Theory]
    [InlineData("närvaron", "närvaro")]      // definite -n after a vowel, which Snowball leaves alone
    [InlineData("hotet", "hot")]             // -et outside Snowball's suffix region
    [InlineData("hotar", "hot")]
    [InlineData("skolor", "skola")]          // on the stem where only the final vowel goes
    [InlineData("insatser", "insats")]
    [InlineData("stölderna", "stöld")]
    [InlineData("unga", "ung")]
    [InlineData("tryggare", "trygg")]
    public void Inflected_forms_belong_to_their_base_word(string word, string baseWord) =>
        Assert.True(SwedishInflection.IsFormOf(word, baseWord), $"{word} should be a form of {baseWord}");

    [Theory]
    [InlineData("hotell", "hot")]            // another word that begins alike
    [InlineData("för", "förare")]            // Snowball stems both to "för"
    [InlineData("samverka", "samverkan")]    // the verb is not the noun, though Snowball stems both to "samverk"
    [InlineData("otryggheten", "otrygg")]    // a derivation, not an inflection
    [InlineData("parkering", "park")]
    public void Other_words_and_derivations_do_not(string word, string baseWord) =>
        Assert.False(SwedishInflection.IsFormOf(word, baseWord), $"{word} should not be a form of {baseWord}");
}
