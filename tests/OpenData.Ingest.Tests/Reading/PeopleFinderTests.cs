using OpenData.Core.Model;
using OpenData.Ingest.Contract;

using OpenData.Ingest.Tests.Fixtures;

using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Tests.Reading;

public class PeopleFinderTests
{
    /// <summary>The people found, as the contract writes them.</summary>
    private static IReadOnlyList<ExtractedPerson> Find(params string[] lines) =>
        new PeopleFinder(TestReading.Places).Find(lines).Select(p => new ExtractedPerson(p.Name, p.Role, p.Organisation?.Word())).ToList();

    [Fact]
    public void Reads_name_then_role_in_quotes_and_captions()
    {
        var people = Find(
            "– Vi ska synas mer, säger Maria Bäck, lokalpolisområdeschef Västra Mälardalen.",
            "Teddy Nilsson (SD), kommunstyrelsens ordförande och Niklas Årcén, chef lokalpolisområde Klippan, sätter sina signaturer.",
            "- Samarbetet stärks, säger Anders Teljebäck (S) kommunstyrelsens ordförande.");
        Assert.Equal(["Maria Bäck", "Teddy Nilsson", "Niklas Årcén", "Anders Teljebäck"], people.Select(p => p.Name));
        Assert.Equal(("lokalpolisområdeschef Västra Mälardalen", "polis"), (people[0].Role, people[0].Organisation));
        Assert.Equal(("kommunstyrelsens ordförande", "kommun"), (people[1].Role, people[1].Organisation));
        Assert.Equal("polis", people[2].Organisation);
    }

    [Fact]
    public void Reads_role_then_name_and_signatures()
    {
        var people = Find(
            "Löftet har undertecknats av lokalpolisområdeschef Lars Vik, kommunpolis Ewa Öberg Öström och kommunchef Per Lund.",
            "Jonas Ek",
            "Chef lokalpolisområde Växjö",
            "Polismyndigheten",
            "Anna Tell",
            "Ordförande kommunstyrelsen",
            "Växjö kommun");
        Assert.Equal(["Lars Vik", "Ewa Öberg Öström", "Per Lund", "Jonas Ek", "Anna Tell"], people.Select(p => p.Name));
        Assert.Equal(["polis", "polis", "kommun", "polis", "kommun"], people.Select(p => p.Organisation));
    }

    [Fact]
    public void The_role_stops_where_the_next_person_begins()
    {
        var people = Find("Här ses Susanne Holm, kommunstyrelsens ordförande i Strömsunds kommun samt Eva Hed, chef för lokalpolisområde Jämtland.");
        Assert.Equal([("Susanne Holm", "kommunstyrelsens ordförande i Strömsunds kommun"), ("Eva Hed", "chef för lokalpolisområde Jämtland")],
            people.Select(p => (p.Name, p.Role)));
    }

    [Fact]
    public void Photo_credits_and_places_are_not_people()
    {
        Assert.Empty(Find("Foto: Karin Holm", "Bild: Polisen", "lokalpolisområdeschef Västra Mälardalen", "Kalmar City, centrumföreningen"));
        Assert.Equal(["Per Andersson"], Find("Per Andersson, kommunpolis, signerar löftet. Foto: Karin Holm").Select(p => p.Name));
    }
}
