using System.Text.Json;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Features.Search;

/// <remarks>Runs on both providers: <see cref="SearchTestsOnSqlite"/> and <see cref="SearchTestsOnPostgres"/>.</remarks>
public abstract class SearchTests<TServer>(TServer api) where TServer : RichDataServer
{
    private const string Search = """
        query($search: String!, $where: PromiseFilterInput) {
          promises(search: $search, where: $where, first: 100) { totalCount nodes { text highlight score lofte { key } } }
        }
        """;

    private async Task<List<JsonElement>> FindAsync(string search, object? where = null) =>
        (await api.QueryAsync(Search, new { search, where })).GetProperty("promises").GetProperty("nodes").EnumerateArray().ToList();

    private static List<string> Texts(IEnumerable<JsonElement> nodes) => nodes.Select(n => n.GetProperty("text").GetString()!).ToList();

    [Fact]
    public async Task The_definite_form_finds_the_base_form_and_the_base_form_the_definite()
    {
        var byDefinite = Texts(await FindAsync("narkotikan"));
        Assert.Contains("Polisen lovar att genomföra minst 6 insatser mot narkotika i Sala centrum under året.", byDefinite);
        Assert.Contains("Polisen lovar att arbeta mot narkotikan i skolorna tillsammans med kommunen.", byDefinite);

        Assert.Equal(byDefinite.Order(), Texts(await FindAsync("narkotika")).Order());
    }

    [Fact]
    public async Task The_plural_finds_the_singular_and_the_singular_the_plural()
    {
        var singular = "Polisen och kommunen lovar att genomföra en trygghetsvandring varje termin.";
        var plural = "Kommunen lovar att anordna trygghetsvandringar i Salbohed och Möklinta.";
        Assert.Contains(singular, Texts(await FindAsync("trygghetsvandringar")));
        Assert.Contains(plural, Texts(await FindAsync("trygghetsvandringar")));
        Assert.Contains(plural, Texts(await FindAsync("trygghetsvandring")));
        // Snowball stems "insats" one letter shorter than "insatser": each still finds the other.
        Assert.Contains("Polisen lovar att minst 4 gånger per år genomföra insats mot langning av alkohol.", Texts(await FindAsync("insatser")));
        Assert.Contains("Polisen lovar att genomföra minst 6 insatser mot narkotika i Sala centrum under året.", Texts(await FindAsync("insats")));
    }

    [Fact]
    public async Task Every_word_must_match_and_a_word_that_is_nowhere_finds_nothing()
    {
        var found = Texts(await FindAsync("narkotika skolorna"));
        Assert.Equal(["Polisen lovar att arbeta mot narkotikan i skolorna tillsammans med kommunen."], found);
        Assert.Empty(await FindAsync("cykelstöld"));
    }

    [Fact]
    public async Task Results_are_ranked_best_first_with_the_matches_marked_in_the_highlight()
    {
        var nodes = await FindAsync("narkotika");
        var scores = nodes.Select(n => n.GetProperty("score").GetDouble()).ToList();
        Assert.All(scores, s => Assert.True(s > 0));
        Assert.Equal(scores.OrderDescending(), scores);

        var skolorna = nodes.Single(n => n.GetProperty("text").GetString()!.Contains("skolorna"));
        Assert.Equal("Polisen lovar att arbeta mot <mark>narkotikan</mark> i skolorna tillsammans med kommunen.", skolorna.GetProperty("highlight").GetString());
        // A longer compound of the stem is a match too; narkotikabrott is about narcotics.
        var rosengard = nodes.Single(n => n.GetProperty("text").GetString()!.Contains("Rosengård"));
        Assert.Contains("<mark>narkotikabrott</mark>", rosengard.GetProperty("highlight").GetString());
    }

    [Fact]
    public async Task The_highlight_escapes_the_text_for_a_page_and_keeps_swedish_letters()
    {
        var node = Assert.Single(await FindAsync("belysning"));
        Assert.Equal("Kommunen lovar bättre <mark>belysning</mark> på Stora torget &amp; i parken &lt;Ekudden&gt;.", node.GetProperty("highlight").GetString());
    }

    [Fact]
    public async Task Search_combines_with_where_and_order()
    {
        var sala = Texts(await FindAsync("narkotika", new { kommun = new { eq = "1981" } }));
        Assert.Equal(2, sala.Count);
        Assert.All(sala, t => Assert.DoesNotContain("Rosengård", t));

        var ordered = (await api.QueryAsync("""
            { promises(search: "narkotika", order: [{ years: DESC }]) { nodes { lofte { years } } } }
            """)).GetProperty("promises").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("lofte").GetProperty("years")[0].GetInt32()).ToList();
        Assert.Equal(ordered.OrderDescending(), ordered);
    }

    [Fact]
    public async Task Outside_a_search_there_is_no_highlight_or_score()
    {
        var node = (await api.QueryAsync("""{ promises(first: 1) { nodes { highlight score } } }""")).GetProperty("promises").GetProperty("nodes")[0];
        Assert.Equal(JsonValueKind.Null, node.GetProperty("highlight").ValueKind);
        Assert.Equal(JsonValueKind.Null, node.GetProperty("score").ValueKind);
    }

    [Fact]
    public async Task A_search_of_no_words_or_too_many_is_refused_with_a_clear_error()
    {
        var (_, punctuation) = await api.PostAsync("""{ promises(search: "!!! ???") { totalCount } }""");
        Assert.Contains("no words", punctuation.GetProperty("errors")[0].GetProperty("message").GetString());

        var (_, long_) = await api.PostAsync("query($s: String) { promises(search: $s) { totalCount } }", new { s = new string('a', 500) });
        Assert.Contains("at most 200 characters", long_.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}

public sealed class SearchTestsOnSqlite(RichDataServer api) : SearchTests<RichDataServer>(api), IClassFixture<RichDataServer>;

public sealed class SearchTestsOnPostgres(PostgresRichDataServer api) : SearchTests<PostgresRichDataServer>(api), IClassFixture<PostgresRichDataServer>;
