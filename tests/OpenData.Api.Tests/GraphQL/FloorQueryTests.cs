using System.Text.Json;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>Every field of the floor schema answers, over the recorded archive and the tests' own löften.</summary>
/// <remarks>Runs on both providers: <see cref="FloorQueryTestsOnSqlite"/> and <see cref="FloorQueryTestsOnPostgres"/>.</remarks>
public abstract class FloorQueryTests<TServer>(TServer api) where TServer : RichDataServer
{
    private const string KommunFragment = """
        fragment K on Kommun { id code name lan { code name polisregion } lokalpolisomraden { name kommuner { code } } }
        """;

    private const string Fragments = """
        fragment P on Promise {
          id text ordinal actors themes { code sv en promiseCount } targets { count per unit } places
          lofte { id } firstSeen lastSeen withdrawnAt
        }
        fragment L on Lofte {
          id kommuner { code } lokalpolisomraden { name } years status
          promises { ...P }
          documents { id kind title published url snapshot { fetchedAt url sha256 contentType archiveUrl } people { name role organisation } }
        }
        """;

    [Fact]
    public async Task Every_floor_field_of_kommuner_loften_and_promises_answers_with_real_values()
    {
        var kommuner = await api.QueryAsync(KommunFragment + Fragments + """
            {
              kommuner(first: 2, where: { code: { in: ["1981", "2463"] } }, order: [{ name: ASC }]) {
                totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...K loften(current: true) { id status } } } nodes { code }
              }
              kommun(code: "1981") { ...K loften { ...L } }
              lan { code name polisregion kommuner { code } }
            }
            """);
        var sala = kommuner.GetProperty("kommun");
        Assert.Equal("Sala", sala.GetProperty("name").GetString());
        Assert.Equal("Mitt", sala.GetProperty("lan").GetProperty("polisregion").GetString());
        Assert.Equal(2, sala.GetProperty("loften").GetArrayLength());
        var current = kommuner.GetProperty("kommuner").GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("node").GetProperty("code").GetString() == "1981").GetProperty("node").GetProperty("loften");
        Assert.Equal("CURRENT", Assert.Single(current.EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(21, kommuner.GetProperty("lan").GetArrayLength());

        var loften = await api.QueryAsync(Fragments + """
            {
              loften(where: { kommun: { eq: "0380" } }, order: [{ years: DESC }], first: 5) { totalCount nodes { ...L } }
              promises(search: "langning", where: { kommun: { eq: "0380" } }, order: [{ ordinal: ASC }], first: 5) { totalCount nodes { ...P } }
            }
            """);
        var uppsala = loften.GetProperty("loften").GetProperty("nodes")[0];
        Assert.Equal([2025], uppsala.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        var document = uppsala.GetProperty("documents")[0];
        Assert.Equal("LOFTE", document.GetProperty("kind").GetString());
        Assert.Equal("2025-01-15", document.GetProperty("published").GetString());
        Assert.Equal("Anna Andersson", document.GetProperty("people")[0].GetProperty("name").GetString());
        var snapshot = document.GetProperty("snapshot");
        Assert.Equal(64, snapshot.GetProperty("sha256").GetString()!.Length);
        Assert.StartsWith(api.Address.AbsoluteUri + "archive/", snapshot.GetProperty("archiveUrl").GetString());

        var langning = Assert.Single(loften.GetProperty("promises").GetProperty("nodes").EnumerateArray());
        Assert.Equal(["POLIS"], langning.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        var target = Assert.Single(langning.GetProperty("targets").EnumerateArray());
        Assert.Equal(4, target.GetProperty("count").GetInt32());
        Assert.Equal("år", target.GetProperty("per").GetString());
    }

    [Fact]
    public async Task Every_floor_field_of_themes_compare_coverage_and_changes_answers()
    {
        var data = await api.QueryAsync("""
            {
              themes { code sv en promiseCount(year: 2025, lan: "03") }
              compare(kommuner: ["1981", "0380"], years: [2025]) { kommuner { code } themes { code } cells { kommun { code } theme { code } promiseCount promises { id } } }
              coverage(year: 2025) { year kommunerWithLofte kommunerWithout { code } }
              changes(since: "2000-01-01T00:00:00Z", first: 5) { totalCount edges { cursor node { at kind lofte { id } promise { id } before after } } }
            }
            """);
        Assert.Equal(13, data.GetProperty("themes").GetArrayLength());
        Assert.Equal(26, data.GetProperty("compare").GetProperty("cells").GetArrayLength());
        Assert.Equal(2025, data.GetProperty("coverage").GetProperty("year").GetInt32());
        Assert.Equal(5, data.GetProperty("changes").GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Every_kind_of_node_is_found_again_by_its_global_id()
    {
        var ids = (await api.QueryAsync("""
            { kommun(code: "0380") { id loften { id promises { id } documents { id } } } }
            """)).GetProperty("kommun");
        var lofte = ids.GetProperty("loften")[0];
        var expected = new Dictionary<string, string>
        {
            [ids.GetProperty("id").GetString()!] = "Kommun",
            [lofte.GetProperty("id").GetString()!] = "Lofte",
            [lofte.GetProperty("promises")[0].GetProperty("id").GetString()!] = "Promise",
            [lofte.GetProperty("documents")[0].GetProperty("id").GetString()!] = "Document",
        };
        foreach (var (id, type) in expected)
        {
            var node = (await api.QueryAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id })).GetProperty("node");
            Assert.Equal(type, node.GetProperty("__typename").GetString());
            Assert.Equal(id, node.GetProperty("id").GetString());
        }
        var unknown = await api.QueryAsync("""{ node(id: "bm90OmEtbm9kZQ==") { id } }""");
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Promises_page_to_the_end_in_a_stable_order_with_each_seen_once()
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        int total;
        do
        {
            var page = (await api.QueryAsync("""
                query($after: String) { promises(first: 100, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id } } }
                """, new { after })).GetProperty("promises");
            total = page.GetProperty("totalCount").GetInt32();
            Assert.Equal(after is not null, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            var info = page.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
            pages++;
        }
        while (after is not null);

        // The recorded archive's eight (Åsele's four, Västerås's four) and the tests' own.
        Assert.Equal(8 + RichData.All.Sum(l => l.Promises.Length), total);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
        Assert.Equal(2, pages);
    }

    [Fact]
    public async Task Promise_pages_with_nothing_narrowing_them_are_those_a_filter_matching_every_promise_in_force_gives()
    {
        // The unnarrowed list reads its pages with a query compiled ahead; a filter takes the composed one.
        async Task<List<string>> WalkAsync(string where)
        {
            var pages = new List<string>();
            string? after = null;
            do
            {
                var page = (await api.QueryAsync($$"""
                    query($after: String) { promises(first: 7, after: $after{{where}}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id text lofte { key } } } } }
                    """, new { after })).GetProperty("promises");
                pages.Add(page.GetRawText());
                var info = page.GetProperty("pageInfo");
                after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
            }
            while (after is not null);
            return pages;
        }

        var unnarrowed = await WalkAsync("");
        Assert.True(unnarrowed.Count > 2);
        Assert.Equal(await WalkAsync(", where: { withdrawn: false }"), unnarrowed);
        var none = (await api.QueryAsync("{ promises(first: 0) { totalCount nodes { id } } }")).GetProperty("promises");
        Assert.Equal(0, none.GetProperty("nodes").GetArrayLength());
        Assert.Equal(8 + RichData.All.Sum(l => l.Promises.Length), none.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Loften_filter_with_and_or_and_order_by_years()
    {
        var loften = (await api.QueryAsync("""
            { loften(first: 100, where: { or: [{ kommun: { eq: "1981" } }, { lan: { eq: "12" } }], year: { gte: 2024 } }, order: [{ years: DESC }]) {
                totalCount nodes { key years status } } }
            """)).GetProperty("loften");
        var keys = loften.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()).ToList();
        Assert.Equal(["1280/2025", "1981/2024-2025"], keys);

        var superseded = (await api.QueryAsync("""{ loften(where: { status: SUPERSEDED }) { nodes { key } } }""")).GetProperty("loften").GetProperty("nodes");
        Assert.Equal("1981/2023", Assert.Single(superseded.EnumerateArray()).GetProperty("key").GetString());
    }

    [Fact]
    public async Task Promises_filter_by_theme_actor_and_year_and_order_by_ordinal_descending()
    {
        var nodes = (await api.QueryAsync("""
            { promises(where: { theme: { eq: "dialog" }, actor: KOMMUN, year: { in: [2023, 2024] } }, order: [{ ordinal: DESC }]) { nodes { text ordinal } } }
            """)).GetProperty("promises").GetProperty("nodes").EnumerateArray().ToList();
        // Equal ordinals keep the stable order after them: by löfte, the 2023 one first.
        Assert.Equal(["Kommunen lovar att anordna trygghetsvandringar i Salbohed och Möklinta.", "Polisen och kommunen lovar att genomföra en trygghetsvandring varje termin."],
            nodes.Select(n => n.GetProperty("text").GetString()));
        Assert.Equal([2, 2], nodes.Select(n => n.GetProperty("ordinal").GetInt32()));
    }

    [Fact]
    public async Task Kommuner_order_by_name_and_filter_by_lan()
    {
        var names = (await api.QueryAsync("""{ kommuner(where: { lan: { eq: "03" } }, order: [{ name: DESC }]) { nodes { name } } }"""))
            .GetProperty("kommuner").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList();
        Assert.Equal(8, names.Count);
        Assert.Equal(names.OrderDescending(StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), false)), names);
    }

    [Fact]
    public async Task Responses_keep_swedish_letters_readable()
    {
        var body = await api.Client.GetStringAsync("/graphql?query=" + Uri.EscapeDataString("""{ kommun(code: "2463") { name } }"""));
        Assert.Contains("\"Åsele\"", body);
        Assert.DoesNotContain("\\u00", body);
    }
}

public sealed class FloorQueryTestsOnSqlite(RichDataServer api) : FloorQueryTests<RichDataServer>(api), IClassFixture<RichDataServer>;

public sealed class FloorQueryTestsOnPostgres(PostgresRichDataServer api) : FloorQueryTests<PostgresRichDataServer>(api), IClassFixture<PostgresRichDataServer>;
