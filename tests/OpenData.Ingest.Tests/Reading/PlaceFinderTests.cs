using OpenData.Ingest.Reading;

using OpenData.Ingest.Tests.Fixtures;

namespace OpenData.Ingest.Tests.Reading;

public class PlaceFinderTests
{
    private static IReadOnlyList<string> Find(string text, params string[] context) => new PlaceFinder(TestReading.Places).Find(text, context);

    [Fact]
    public void Finds_named_places_centres_and_lists_of_villages()
    {
        Assert.Equal(["Bäckby", "Råby"], Find("Riktade insatser ska genomföras på Bäckby och Råby."));
        Assert.Equal(["Arboga centrum"], Find("fortsätta arbetet med trygghet i Arboga centrum genom fotpatrullering"));
        Assert.Equal(["Ramvik/Hälledal", "Brunne", "Viksjö"], Find("förlägga arbetstid i kommunens ytterområden, Ramvik/Hälledal, Brunne och Viksjö."));
        Assert.Equal(["centrala Karlstad"], Find("Fotpatrullera på utvalda platser, så som centrala Karlstad."));
        Assert.Equal(["Rinkeby"], Find("Öka närvaron kring torget i Rinkeby."));
    }

    [Fact]
    public void Organisations_are_not_places_and_the_lead_names_the_area_where_the_promise_does_not()
    {
        Assert.Empty(Find("arbeta med metoden EST i samverkan med Polisen."));
        Assert.Equal(["Skäggetorp"], Find("Kommunen ska erbjuda föräldraskapsstöd.", "Löften gällande Skäggetorp under 2018-2019:"));
    }
}
