using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Features.Comparison;

/// <summary>The tests' own löften on PostgreSQL, through a pool of two connections that waits at most five seconds for one.</summary>
public sealed class SmallPoolServer : PostgresRichDataServer
{
    protected override IEnumerable<string> Settings =>
        [.. base.Settings, "--ConnectionStrings:OpenData", Database.ConnectionString + ";Maximum Pool Size=2;Timeout=5"];
}

public class SmallPoolTests(SmallPoolServer api) : IClassFixture<SmallPoolServer>
{
    [Fact]
    public async Task Requests_at_once_through_a_pool_smaller_than_their_number_all_get_their_answers()
    {
        // A comparison held its connection while it read its promises with another: two at once, each holding one of
        // the pool's two and waiting for the other's, waited until the pool gave up.
        string[] queries =
        [
            """{ compare(kommuner: ["1981", "0360", "2463"]) { cells { promiseCount promises { text } } followUps { promises followedUp } } }""",
            """{ kommun(code: "1981") { name loften { years promises { text actors themes { code } } documents { title } } } }""",
            """{ promises(search: "trygghet", first: 5) { totalCount nodes { text lofte { kommuner { name } } } } }""",
        ];
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => api.QueryAsync(queries[i % queries.Length])));

        Assert.All(answers.Where((_, i) => i % queries.Length == 0), a => Assert.NotEmpty(a.GetProperty("compare").GetProperty("cells").EnumerateArray()));
    }
}
