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
