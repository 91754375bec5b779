using OpenData.Ingest.Formats;

namespace OpenData.Ingest.Tests.Formats;

public class ListMarkerTests
{
    [Theory]
    [InlineData("• genomföra trafikkontroller", "•", "genomföra trafikkontroller")]
    [InlineData("  * fotpatrullering på fredagar", "*", "fotpatrullering på fredagar")]
    [InlineData("- besöka skolorna", "-", "besöka skolorna")]
    [InlineData("– besöka skolorna", "–", "besöka skolorna")]
    [InlineData("1. Polisen ska patrullera", "1.", "Polisen ska patrullera")]
    [InlineData("12) Kommunen ska rensa", "12)", "Kommunen ska rensa")]
    [InlineData("l .   Våld i offentlig miljö", "l.", "Våld i offentlig miljö")]
    [InlineData("b) trygghetsvandringar", "b)", "trygghetsvandringar")]
    [InlineData("\uF0B7\tsanera klotter", "\uF0B7", "sanera klotter")]
    [InlineData("o   tillsammans med föreningar", "o", "tillsammans med föreningar")]
    [InlineData("... att arbeta för ökad trygghet", "…", "att arbeta för ökad trygghet")]
    public void Reads_the_markers_of_published_lists(string line, string marker, string rest)
    {
        Assert.True(ListMarker.TryParse(line, out var m, out var r, out _));
        Assert.Equal((marker, rest), (m, r));
    }

    [Theory]
    [InlineData("2022-01-01 - 2023-12-31 gäller löftet")]
    [InlineData("Polisen ska patrullera.")]
    [InlineData("o kommunen ska")] // a lone "o" with one space is a slip, not Word's bullet
    [InlineData("•")]
    [InlineData("12 000 besökare")]
    public void Ordinary_lines_are_not_list_items(string line) =>
        Assert.False(ListMarker.TryParse(line, out _, out _, out _));

    [Fact]
    public void The_ocr_slip_l_dot_numbers_as_one()
    {
        Assert.True(ListMarker.IsNumber("l."));
        Assert.Equal(1, ListMarker.Number("l."));
        Assert.Equal(12, ListMarker.Number("12)"));
        Assert.Null(ListMarker.Number("•"));
    }
}
