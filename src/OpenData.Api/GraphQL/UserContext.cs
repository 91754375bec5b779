using OpenData.Api.Protection;

namespace OpenData.Api.GraphQL;

/// <summary>What resolvers know of the HTTP request: the address to build absolute links from, and how large the answer has grown.</summary>
public sealed class UserContext(Uri publicBase, AnswerSize answer) : Dictionary<string, object?>
{
    public Uri PublicBase { get; } = publicBase;

    /// <summary>What the answer holds so far, counted by <see cref="AnswerSizeExecutionStrategy"/>.</summary>
    public AnswerSize Answer { get; } = answer;

    /// <summary>An absolute link to a path of this service ("archive/…").</summary>
    public string Link(string path) => Http.PublicAddress.Link(PublicBase, path);
}
