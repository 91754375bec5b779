using System.Text.Json;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Features.Kommuner;

/// <remarks>Runs on both providers: <see cref="KommunQueryTestsOnSqlite"/> and <see cref="KommunQueryTestsOnPostgres"/>.</remarks>
public abstract class KommunQueryTests<TServer>(TServer api) where TServer : ApiServer
{
    private const string KommunWithPromises = """
        query($code: String!) {
          kommun(code: $code) {
            code name lan { code name polisregion }
            loften { years status promises { ordinal text actors themes { code } targets { count per } } }
          }
        }
        """;

    [Fact]
    public async Task Asele_has_its_four_promises_in_Vasterbotten()
    {
        var kommun = (await api.QueryAsync(KommunWithPromises, new { code = "2463" })).GetProperty("kommun");

        Assert.Equal("2463", kommun.GetProperty("code").GetString());
        Assert.Equal("Åsele", kommun.GetProperty("name").GetString());
        Assert.Contains("Västerbotten", kommun.GetProperty("lan").GetProperty("name").GetString());
        Assert.Equal("Nord", kommun.GetProperty("lan").GetProperty("polisregion").GetString());
        var lofte = Assert.Single(kommun.GetProperty("loften").EnumerateArray());
        Assert.Equal([2017], lofte.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        var promises = lofte.GetProperty("promises").EnumerateArray().ToList();
        Assert.Equal(4, promises.Count);
        Assert.Equal([1, 2, 3, 4], promises.Select(p => p.GetProperty("ordinal").GetInt32()));
        Assert.StartsWith("Polisen lovar att genomföra minst 4 riktade trafikinsatser", promises[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Vasteras_has_its_four_promises()
    {
        var kommun = (await api.QueryAsync(KommunWithPromises, new { code = "1980" })).GetProperty("kommun");

        Assert.Equal("Västerås", kommun.GetProperty("name").GetString());
        var promises = kommun.GetProperty("loften").EnumerateArray().SelectMany(l => l.GetProperty("promises").EnumerateArray()).ToList();
        Assert.Equal(4, promises.Count);
        Assert.Contains(promises, p => p.GetProperty("text").GetString()!.Contains("Sociala insatsgrupper"));
    }

    [Fact]
    public async Task An_unknown_code_is_null_not_an_error()
    {
        var data = await api.QueryAsync("""{ kommun(code: "9999") { name } }""");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("kommun").ValueKind);
    }

    [Fact]
    public async Task Kommuner_pages_through_all_290()
    {
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await api.QueryAsync("""
                query($after: String) { kommuner(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { code } } }
                """, new { after })).GetProperty("kommuner");
            Assert.Equal(290, page.GetProperty("totalCount").GetInt32());
            seen.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()!));
            var info = page.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(290, seen.Distinct().Count());
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }
}

public sealed class KommunQueryTestsOnSqlite(ApiServer api) : KommunQueryTests<ApiServer>(api), IClassFixture<ApiServer>;

public sealed class KommunQueryTestsOnPostgres(PostgresApiServer api) : KommunQueryTests<PostgresApiServer>(api), IClassFixture<PostgresApiServer>;
