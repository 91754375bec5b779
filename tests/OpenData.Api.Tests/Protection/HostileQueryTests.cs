using System.Net;
using System.Text.Json;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Protection;

/// <summary>
/// Small documents that stand for enormous work: before the budget was kept ahead of validation, each of these held
/// a core for seconds to hours (a chain of 30 fragments: ten minutes and 17 GB). Each must now be refused at once,
/// with a message that says why; the inputs are small, so a refusal that took long would show as a hung test.
/// </summary>
public class HostileQueryTests(ApiServer api) : IClassFixture<ApiServer>
{
    /// <summary>fragment F0 { leaf } fragment Fn { ...Fn-1 ...Fn-1 }: n links stand for 2^(n-1) leaves.</summary>
    private static string FragmentChain(int links, string on, string leaf, string root)
    {
        var fragments = new List<string> { $"fragment F0 on {on} {{ {leaf} }}" };
        for (var i = 1; i < links; i++)
        {
            fragments.Add($"fragment F{i} on {on} {{ ...F{i - 1} ...F{i - 1} }}");
        }
        return root.Replace("SPREAD", $"...F{links - 1}", StringComparison.Ordinal) + "\n" + string.Join("\n", fragments);
    }

    private static IEnumerable<string> Messages(JsonElement body) =>
        body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!);

    [Fact]
    public async Task A_chain_of_30_fragments_each_spreading_the_last_twice_is_refused_before_it_runs()
    {
        var (response, body) = await api.PostAsync(FragmentChain(30, "Query", "__typename", "{ SPREAD }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains(Messages(body), m => m.Contains("this query has 536,870,912 fields; at most 10,000"));
        Assert.Contains(Messages(body), m => m.Contains("would resolve about 536,870,912 fields; at most 5,000"));
    }

    [Fact]
    public async Task A_chain_of_100_fragments_is_refused_as_quickly_and_says_how_large_it_is()
    {
        var (response, body) = await api.PostAsync(FragmentChain(100, "Query", "__typename", "{ SPREAD }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Messages(body), m => m.Contains("more than 1,000,000,000,000"));
    }

    [Fact]
    public async Task Introspection_is_held_to_the_same_budget_a_chain_over_Type_is_refused()
    {
        var (response, body) = await api.PostAsync(FragmentChain(30, "__Type", "name", "{ __type(name: \"Query\") { SPREAD } }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // __type and the 2^29 names its fragments stand for.
        Assert.Contains(Messages(body), m => m.Contains("this query has 536,870,913 fields; at most 10,000"));
    }

    [Fact]
    public async Task A_chain_through_nested_lists_under_distinct_names_is_refused_by_its_cost_and_depth()
    {
        // Every name differs, so nothing is asked twice in one selection; each link nests a list of about 15 kommuner.
        var fragments = new List<string> { "fragment K0 on Kommun { name }" };
        for (var i = 1; i < 40; i++)
        {
            fragments.Add($"fragment K{i} on Kommun {{ a{i}: lan {{ b{i}: kommuner {{ ...K{i - 1} }} }} }}");
        }
        var (response, body) = await api.PostAsync("{ kommun(code: \"2463\") { ...K39 } }\n" + string.Join("\n", fragments));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Messages(body), m => m.Contains("would resolve about more than 1,000,000,000,000 fields"));
        Assert.Contains(Messages(body), m => m.Contains("nests 79 levels deep; at most 10"));
    }

    [Fact]
    public async Task Introspection_nesting_types_fields_in_one_another_is_refused()
    {
        // The standard introspection query nests one such list and passes (SchemaFloorTests); this nests three.
        var (deep, body) = await api.PostAsync("{ __type(name: \"Query\") { fields { type { fields { type { fields { name } } } } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.Contains(Messages(body), m => m.Contains("nests lists of fields, interfaces, possible types or input fields 3 deep; at most 2"));
    }

    [Fact]
    public async Task A_thousand_fields_under_one_alias_are_refused_with_one_error_not_half_a_million()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"x: kommun(code: \"{i:0000}\") {{ name }}"));
        var (response, body) = await api.PostAsync("{ " + fields + " }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["This query asks for 'x' 1,000 times at one place of its answer (aliases, fragments and parents of the same name included); at most 30 are allowed, as every pair of them must be checked to merge. Ask for it once, or give each its own alias."],
            Messages(body));
    }

    [Fact]
    public async Task Thirty_fields_of_one_name_under_thirty_parents_of_one_name_count_as_the_900_that_answer_at_one_place()
    {
        // Each selection has 30 of a name, within the limit; merged, 900 answer at x.y and validation would compare every pair.
        var inner = string.Join(" ", Enumerable.Repeat("y: lan { name }", 30));
        var (response, body) = await api.PostAsync("{ " + string.Join(" ", Enumerable.Repeat($"x: kommun(code: \"2463\") {{ {inner} }}", 30)) + " }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Messages(body), m => m.StartsWith("This query asks for 'x.y' 900 times at one place of its answer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_of_more_selections_than_the_limit_is_refused_unmeasured()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 2001).Select(i => $"a{i}: __typename"));
        var (response, body) = await api.PostAsync("{ " + fields + " }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Messages(body), m => m.Contains("This document has 2,001 selections") && m.Contains("at most 2,000"));
    }

    [Fact]
    public async Task A_document_of_more_fragments_than_the_limit_is_refused_before_validation_compares_them_in_pairs()
    {
        var fragments = Enumerable.Range(0, 101).Select(i => $"fragment G{i} on Query {{ b{i}: __typename }}");
        var (response, body) = await api.PostAsync("{ " + string.Join(" ", Enumerable.Range(0, 101).Select(i => $"...G{i}")) + " }\n" + string.Join("\n", fragments));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["This document defines 101 fragments; at most 100 are allowed. Write the fields in place, or split it into several queries."], Messages(body));
    }

    [Fact]
    public async Task Validation_reports_at_most_100_errors_and_says_how_many_more_there_were()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 300).Select(i => $"noSuchField{i}"));
        var (response, body) = await api.PostAsync("{ " + fields + " }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = Messages(body).ToList();
        Assert.Equal(101, messages.Count);
        Assert.Equal("200 more errors were left out: at most 100 are reported. Fix these first.", messages[^1]);
    }

    [Fact]
    public async Task Every_answer_says_what_the_query_cost_its_estimate_and_what_it_resolved()
    {
        var (response, body) = await api.PostAsync("{ kommuner(first: 5) { nodes { name loften { years } } } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cost = body.GetProperty("extensions").GetProperty("cost");
        // kommuner, nodes, and for each of 5 kommuner: name, loften and the years of about 10 löften.
        Assert.Equal(1 + 1 + 5 * (1 + 1 + 10), cost.GetProperty("estimatedFields").GetInt32());
        Assert.Equal(5000, cost.GetProperty("maxEstimatedFields").GetInt32());
        // Counted as they came back: at least the two fields above and each kommun with its name and list of löften.
        Assert.InRange(cost.GetProperty("resolvedValues").GetInt32(), 1 + 1 + 5 * 3, 1 + 1 + 5 * (1 + 1 + 1 + 10 * 2));
    }
}
