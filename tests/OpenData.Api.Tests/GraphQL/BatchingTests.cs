using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Fixtures;
using OpenData.Core.Storage;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>
/// The tests' own löften, with every database command the API runs to read data for an HTTP request counted; the data
/// version's stamp, one primary-key lookup per request whatever it asks, is not a read of the data, and what the
/// service reads in the background (the release it publishes at start-up) is no request's.
/// </summary>
public class CountingServer : RichDataServer
{
    private int _commands;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _texts = new();

    public int Commands => _commands;

    /// <summary>The SQL of every counted command, in order.</summary>
    public IReadOnlyList<string> CommandTexts => [.. _texts];

    private static readonly AsyncLocal<bool> InRequest = new();

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Services.ConfigureOpenDataContext(o => o.AddInterceptors(new Counter(this)));
        builder.Services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, MarkRequests>();
    }

    /// <summary>Marks the flow of every HTTP request, first in the pipeline, so that the counter knows its commands.</summary>
    private sealed class MarkRequests : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                InRequest.Value = true;
                await inner(context);
            });
            next(app);
        };
    }

    private sealed class Counter(CountingServer server) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (InRequest.Value && !command.CommandText.Contains("\"DataVersion", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref server._commands);
                server._texts.Enqueue(command.CommandText);
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

public class BatchingTests(CountingServer api) : IClassFixture<CountingServer>
{
    private async Task<int> CommandsForAsync(string query)
    {
        var before = api.Commands;
        await api.QueryAsync(query);
        return api.Commands - before;
    }

    [Fact]
    public async Task Nested_lists_cost_the_same_number_of_queries_for_2_loften_as_for_25()
    {
        const string Query = """
            query { loften(first: FIRST) { nodes { kommuner { name lan { name } } promises { text themes { code promiseCount } actors targets { count } document { snapshot { sha256 } } } documents { people { name } } } } }
            """;
        var few = await CommandsForAsync(Query.Replace("FIRST", "2", StringComparison.Ordinal));
        var many = await CommandsForAsync(Query.Replace("FIRST", "25", StringComparison.Ordinal));
        Assert.Equal(few, many);
        Assert.InRange(many, 1, 16);
    }

    private async Task<IReadOnlyList<string>> SqlForAsync(string query)
    {
        var before = api.CommandTexts.Count;
        await api.QueryAsync(query);
        return [.. api.CommandTexts.Skip(before)];
    }

    [Fact]
    public async Task A_batched_read_sends_the_same_SQL_whatever_the_number_of_keys()
    {
        // One parameter per key made the SQL differ with the number of keys, and EF wrote it anew at every execution.
        const string Query = "query { loften(first: FIRST) { nodes { kommuner { name } promises { text themes { code } actors targets { count } } documents { title } } } }";
        var few = await SqlForAsync(Query.Replace("FIRST", "2", StringComparison.Ordinal));
        var many = await SqlForAsync(Query.Replace("FIRST", "25", StringComparison.Ordinal));
        Assert.Equal(few, many);
    }

    [Fact]
    public async Task A_page_counts_all_its_matches_only_when_totalCount_is_asked_for()
    {
        // Counting reads every match: a list that did not ask for the total paid for it anyway.
        var page = await SqlForAsync("query { promises(first: 2) { nodes { text } } }");
        Assert.DoesNotContain(page, sql => sql.Contains("count(", StringComparison.OrdinalIgnoreCase));

        var counted = await SqlForAsync("query { promises(first: 2) { totalCount nodes { text } } }");
        Assert.Single(counted, sql => sql.Contains("count(", StringComparison.OrdinalIgnoreCase));
        var answer = await api.QueryAsync("query { promises(first: 2) { totalCount } }");
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        Assert.Equal(await db.Promises.CountAsync(p => p.WithdrawnAt == null), answer.GetProperty("promises").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_kommun_page_reads_each_row_with_what_is_its_own_in_one_statement()
    {
        var sql = await SqlForAsync("""
            { kommun(code: "1981") { name lan { name } loften { years promises { text } documents { title snapshot { sha256 fetchedAt } } } } }
            """);
        // The kommun with its län, its löften with their years and their documents with their snapshots; then their
        // promises: the län, the löften, the years, the documents and the snapshots were each a round trip of their own.
        Assert.Equal(2, sql.Count);
        Assert.Single(sql, s => s.Contains("\"Kommuner\"", StringComparison.Ordinal) && s.Contains("\"Documents\"", StringComparison.Ordinal));
    }

    private const string KommunPage = """
        { years status changedAt promises { text } documents { kind title published url confidence uncertain changedAt snapshot { sha256 fetchedAt url } } }
        """;

    [Fact]
    public async Task A_kommun_and_all_its_loften_come_in_one_statement_with_the_answer_their_loader_gives()
    {
        // A kommun's löften were a round trip of their own, after the kommun's.
        var kommun = await SqlForAsync($$"""{ kommun(code: "1981") { name loften {{KommunPage}} } }""");
        Assert.Single(kommun, sql => sql.Contains("\"Kommuner\"", StringComparison.Ordinal) && sql.Contains("\"Loften\"", StringComparison.Ordinal));
        Assert.DoesNotContain(kommun, sql => sql.Contains("\"Loften\"", StringComparison.Ordinal) && !sql.Contains("\"Kommuner\"", StringComparison.Ordinal));

        // A variable's value is not known to the kommun field's read: its löften come from their loader, as before.
        const string ByLoader = """query($all: Boolean) { kommun(code: "1981") { name loften(current: $all) LOFTE } }""";
        var viaLoader = await api.QueryAsync(ByLoader.Replace("LOFTE", KommunPage, StringComparison.Ordinal), new { all = (bool?)null });
        var together = await api.QueryAsync($$"""{ kommun(code: "1981") { name loften {{KommunPage}} } }""");
        Assert.Equal(viaLoader.GetRawText(), together.GetRawText());
        var years = together.GetProperty("kommun").GetProperty("loften").EnumerateArray().Select(l => l.GetProperty("years")[0].GetInt32()).ToList();
        Assert.Equal([2024, 2023], years);

        // Without documents, the kommun's read leaves them out, and a löfte's documents asked for inside a fragment
        // come from their loader.
        var withoutDocuments = await SqlForAsync("""{ kommun(code: "1981") { name loften { years promises { text } } } }""");
        Assert.DoesNotContain(withoutDocuments, sql => sql.Contains("\"Documents\"", StringComparison.Ordinal));
        const string InFragment = """{ kommun(code: "1981") { name loften { years status changedAt promises { text } ...D } } } fragment D on Lofte { documents { kind title published url confidence uncertain changedAt snapshot { sha256 fetchedAt url } } }""";
        Assert.Contains(await SqlForAsync(InFragment), sql => sql.Contains("\"Documents\"", StringComparison.Ordinal) && !sql.Contains("\"Kommuner\"", StringComparison.Ordinal));
        Assert.Equal(together.GetRawText(), (await api.QueryAsync(InFragment)).GetRawText());

        // Only the löften "current" narrows come from the loader, beside the kommun's own read.
        var current = await SqlForAsync($$"""{ kommun(code: "1981") { name loften(current: true) {{KommunPage}} } }""");
        Assert.Single(current, sql => sql.Contains("\"Kommuner\"", StringComparison.Ordinal));
        Assert.Single(current, sql => sql.Contains("\"Loften\"", StringComparison.Ordinal) && !sql.Contains("\"Kommuner\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_kommun_without_loften_is_shown_with_none_and_an_unknown_code_is_null()
    {
        var without = await api.QueryAsync("""{ kommun(code: "0114") { name loften { years } } }""");
        Assert.Equal("Upplands Väsby", without.GetProperty("kommun").GetProperty("name").GetString());
        Assert.Equal(0, without.GetProperty("kommun").GetProperty("loften").GetArrayLength());

        var unknown = await api.QueryAsync("""{ kommun(code: "9999") { name loften { years } } }""");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unknown.GetProperty("kommun").ValueKind);
    }

    [Fact]
    public async Task A_promises_actors_themes_and_targets_come_in_one_statement_with_only_the_parts_asked_for()
    {
        // Each part was a round trip of its own: a whole kommun page was 7 statements, 3 now.
        var page = await SqlForAsync("""
            { kommun(code: "1981") { name lan { name } loften { years promises { text actors themes { code } targets { count per } } documents { title snapshot { sha256 } } } } }
            """);
        Assert.Equal(3, page.Count);
        Assert.Single(page, sql => sql.Contains("\"PromiseActors\"", StringComparison.Ordinal)
            && sql.Contains("\"PromiseThemes\"", StringComparison.Ordinal) && sql.Contains("\"PromiseTargets\"", StringComparison.Ordinal));

        var actorsOnly = await SqlForAsync("query { promises(first: 5) { nodes { actors } } }");
        Assert.Contains(actorsOnly, sql => sql.Contains("\"PromiseActors\"", StringComparison.Ordinal));
        Assert.DoesNotContain(actorsOnly, sql => sql.Contains("\"PromiseThemes\"", StringComparison.Ordinal) || sql.Contains("\"PromiseTargets\"", StringComparison.Ordinal));
    }

    [Theory]
    // The parts' own statement, keyed by promise.
    [InlineData("query { promises(first: 100) { nodes { PROMISE } } }")]
    // The löften's promises, their parts by the same statement.
    [InlineData("query { loften(first: 25) { nodes { promises { PROMISE } } } }")]
    public async Task Each_promise_gets_its_own_parts_from_the_shared_statement_in_the_order_shown(string query)
    {
        var answer = await api.QueryAsync(query.Replace("PROMISE", "id actors themes { code sv } targets { count per unit }", StringComparison.Ordinal));
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        var stored = await db.Promises.Where(p => p.WithdrawnAt == null).Include(p => p.Actors).Include(p => p.Themes).ThenInclude(t => t.Theme).Include(p => p.Targets).ToListAsync();
        var nodes = answer.TryGetProperty("promises", out var list)
            ? list.GetProperty("nodes").EnumerateArray().ToList()
            : [.. answer.GetProperty("loften").GetProperty("nodes").EnumerateArray().SelectMany(l => l.GetProperty("promises").EnumerateArray())];
        foreach (var node in nodes)
        {
            var promise = stored.Single(p => OpenData.Api.Http.GlobalId.Encode("Promise", p.Key) == node.GetProperty("id").GetString());
            Assert.Equal(promise.Actors.Select(a => a.Actor).Order().Select(a => a.ToString().ToUpperInvariant()), node.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal(promise.Themes.OrderBy(t => t.ThemeCode, StringComparer.Ordinal).Select(t => $"{t.ThemeCode} {t.Theme!.Sv}"),
                node.GetProperty("themes").EnumerateArray().Select(t => $"{t.GetProperty("code").GetString()} {t.GetProperty("sv").GetString()}"));
            Assert.Equal(promise.Targets.OrderBy(t => t.Id).Select(t => $"{t.Count} {t.Unit}"),
                node.GetProperty("targets").EnumerateArray().Select(t => $"{t.GetProperty("count").GetInt32()} {t.GetProperty("unit").GetString()}"));
        }
        Assert.Contains(nodes, n => n.GetProperty("actors").GetArrayLength() > 1);
        Assert.Contains(nodes, n => n.GetProperty("themes").GetArrayLength() > 1);
        Assert.Contains(nodes, n => n.GetProperty("targets").GetArrayLength() > 0);
    }

    private const string LofteShown = "{ key years status changedAt kommuner { code name lan { name } } }";

    [Fact]
    public async Task A_list_of_promises_reads_each_lofte_with_its_kommuner_in_one_statement_with_the_answer_their_loader_gives()
    {
        // The löften, then their kommuner, were a round trip each after the page's.
        var sql = await SqlForAsync($"query {{ promises(first: 20) {{ nodes {{ text lofte {LofteShown} }} }} }}");
        Assert.Equal(2, sql.Count);
        Assert.Single(sql, s => s.Contains("\"Loften\"", StringComparison.Ordinal) && s.Contains("\"Kommuner\"", StringComparison.Ordinal));
        var withoutKommuner = await SqlForAsync("query { promises(first: 20) { nodes { text lofte { years } } } }");
        Assert.DoesNotContain(withoutKommuner, s => s.Contains("\"Kommuner\"", StringComparison.Ordinal));

        // Each promise's löfte as the löften's own list shows it, whose kommuner come from their loader.
        var promises = await api.QueryAsync($"query {{ promises(first: 100) {{ nodes {{ lofte {LofteShown} }} }} }}");
        var loften = await api.QueryAsync($"query {{ loften(first: 100) {{ nodes {LofteShown} }} }}");
        var byKey = loften.GetProperty("loften").GetProperty("nodes").EnumerateArray().ToDictionary(l => l.GetProperty("key").GetString()!, l => l.GetRawText());
        var shown = promises.GetProperty("promises").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("lofte")).ToList();
        Assert.Contains(shown, l => l.GetProperty("kommuner").GetArrayLength() > 1);
        foreach (var lofte in shown)
        {
            Assert.Equal(byKey[lofte.GetProperty("key").GetString()!], lofte.GetRawText());
        }
    }

    [Fact]
    public async Task A_kommun_page_and_a_list_of_promises_look_their_rows_up_by_key_never_reading_a_table_whole()
    {
        // SQLite built a list joined to a row whole before joining it: every kommun's löften, and every löfte's
        // documents, for each kommun page, a cost that grew with the database while PostgreSQL's plans did not.
        var page = await SqlForAsync($$"""{ kommun(code: "1981") { name lan { name } loften {{KommunPage.Replace("promises { text }", "promises { text actors themes { code } targets { count } }", StringComparison.Ordinal)}} } }""");
        Assert.Contains(page, sql => sql.Contains("\"PromiseThemes\"", StringComparison.Ordinal));
        var promises = await SqlForAsync($"query {{ promises(first: 20) {{ nodes {{ text actors themes {{ code }} lofte {LofteShown} }} }} }}");
        // The list's own page walks the promises in the API's order and stops at its end; what it shows is looked up.
        foreach (var sql in page.Concat(promises.Skip(1)))
        {
            var plan = await QueryPlan.OfAsync(api.Database.ConnectionString, sql);
            Assert.True(plan.ReadsNoTableWhole, $"{plan}\n\nfor\n\n{sql}");
        }
    }

    [Fact]
    public async Task A_comparison_of_ten_kommuner_is_a_handful_of_queries()
    {
        var commands = await CommandsForAsync("""
            { compare(kommuner: ["1981", "0380", "1280", "1480", "0381", "2584", "2580", "2581", "2582", "2583"]) { cells { kommun { name } theme { sv } promiseCount promises { text } } } }
            """);
        Assert.InRange(commands, 1, 6);
    }
}
