using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Tests.Reading;

public class SentencesTests
{
    [Fact]
    public void Splits_at_stops_but_not_at_abbreviations_or_initials() =>
        Assert.Equal(
            ["Polisen ska bl.a. patrullera kl. 22 enligt 3 kap. 5 § lagen.", "Kommunen ska t. ex. rensa buskage, m.m.", "A. Svensson leder arbetet!", "2024 följs det upp."],
            Sentences.Split("Polisen ska bl.a. patrullera kl. 22 enligt 3 kap. 5 § lagen. Kommunen ska t. ex. rensa buskage, m.m. A. Svensson leder arbetet! 2024 följs det upp."));

    [Fact]
    public void A_stop_before_a_lower_case_word_is_no_boundary() =>
        Assert.Equal(["Fokus på ca. fem platser i centrum."], Sentences.Split("Fokus på ca. fem platser i centrum."));
}
