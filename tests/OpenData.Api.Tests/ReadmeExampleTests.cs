using System.Text.RegularExpressions;
using OpenData.Testing;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests;

/// <summary>Every GraphQL example in the README runs, within the limits, against real data.</summary>
public partial class ReadmeExampleTests(RichDataServer api) : IClassFixture<RichDataServer>
{
    [GeneratedRegex(@"```graphql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    [GeneratedRegex(@"^query (\w+)", RegexOptions.Multiline)]
    private static partial Regex NamedOperation();

    public static TheoryData<string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var examples = new TheoryData<string>();
        foreach (Match block in GraphQLBlock().Matches(readme))
        {
            examples.Add(block.Groups[1].Value);
        }
        return examples;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_readme_example_runs(string document)
    {
        var operations = NamedOperation().Matches(document).Select(m => m.Groups[1].Value).ToList();
        if (operations.Count == 0)
        {
            await api.QueryAsync(document);
            return;
        }
        foreach (var operation in operations)
        {
            var (response, body) = await api.PostAsync(document, new { since = "2000-01-01T00:00:00Z", after = (string?)null }, operation);
            Assert.True(response.IsSuccessStatusCode, body.ToString());
            Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        }
    }
}

/// <summary>
/// Every GraphQL example in the README, the short ones written inline too, answers on what a fresh install holds (the
/// recorded pages alone): a new user who tries them sees promises, not empty lists.
/// </summary>
public partial class ReadmeExamplesOnTheRecordedPagesTests(ApiServer api) : IClassFixture<ApiServer>
{
    [GeneratedRegex(@"`(\{ [^`\n]+ \})`")]
    private static partial Regex InlineExample();

    public static TheoryData<string> Examples()
    {
        var examples = ReadmeExampleTests.Examples();
        foreach (Match inline in InlineExample().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"))))
        {
            examples.Add(inline.Groups[1].Value);
        }
        return examples;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_readme_example_answers_on_the_recorded_pages(string document)
    {
        var operations = Regex.Matches(document, @"^query (\w+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).DefaultIfEmpty(null);
        foreach (var operation in operations)
        {
            var (response, body) = await api.PostAsync(document, new { since = "2000-01-01T00:00:00Z", after = (string?)null }, operation);
            Assert.True(response.IsSuccessStatusCode, body.ToString());
            Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
            Assert.True(Answers(body.GetProperty("data")), $"{operation ?? "the example"} answers with nothing: {body}");
        }
    }

    /// <summary>Something a reader came for: a promise's text, or a count above zero.</summary>
    private static bool Answers(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().Any(p =>
            (p.Name is "text" or "highlight" && p.Value.ValueKind == System.Text.Json.JsonValueKind.String && p.Value.GetString()!.Length > 0) ||
            (p.Name is "promiseCount" or "kommunerWithLofte" or "loften" && p.Value.ValueKind == System.Text.Json.JsonValueKind.Number && p.Value.GetInt32() > 0) ||
            Answers(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().Any(Answers),
        _ => false,
    };
}
