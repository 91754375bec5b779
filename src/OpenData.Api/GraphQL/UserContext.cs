namespace OpenData.Api.GraphQL;

/// <summary>What resolvers know of the HTTP request: the address to build absolute links from.</summary>
public sealed class UserContext(Uri publicBase) : Dictionary<string, object?>
{
    public Uri PublicBase { get; } = publicBase;

    /// <summary>An absolute link to a path of this service ("archive/…").</summary>
    public string Link(string path) => Http.PublicAddress.Link(PublicBase, path);
}
