using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OpenData.Api.Http;

/// <summary>
/// The address clients reach this service at, for the absolute links the API hands out (archived bodies, exports,
/// the catalog). <c>OpenData:PublicUrl</c> where it is set, as it should be wherever the service is published.
/// Without it an answer to one request links to the address that request came to, but only over http or https and
/// only to a well-formed host (with <c>AllowedHosts</c> the server refuses other hosts outright); files shared by
/// every client, the exports, link to the address the server listens on, so that no request's Host ends up in them.
/// </summary>
public sealed class PublicAddress(IConfiguration configuration, IServer server)
{
    public const string ConfigurationKey = "OpenData:PublicUrl";

    private readonly Uri? _configured = Parse(configuration[ConfigurationKey]);

    /// <summary>The base address for an answer to this request, ending in a slash: "https://opendata.example/".</summary>
    public Uri BaseFor(HttpRequest request)
    {
        if (_configured is not null)
        {
            return _configured;
        }
        var scheme = request.IsHttps ? Uri.UriSchemeHttps : Uri.UriSchemeHttp;
        return request.Host.HasValue && Uri.CheckHostName(request.Host.Host) != UriHostNameType.Unknown &&
            Uri.TryCreate($"{scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}/", UriKind.Absolute, out var uri)
                ? uri
                : Shared;
    }

    /// <summary>The base address for what every client gets alike: the configured one, else the one the server listens on.</summary>
    public Uri Shared => _configured ?? Listening();

    /// <summary>An absolute link to a path of this service ("archive/…", without a leading slash).</summary>
    public string Link(HttpRequest request, string path) => Link(BaseFor(request), path);

    /// <summary>An absolute link to a path under a base address that ends in a slash.</summary>
    public static string Link(Uri baseUri, string path) => new Uri(baseUri, path).AbsoluteUri;

    /// <summary>The first http(s) address the server listens on; a wildcard host ("0.0.0.0", "[::]", "+") reads as localhost.</summary>
    private Uri Listening()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || a.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ?? "http://localhost/";
        var builder = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (builder.Host is "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = "localhost";
        }
        builder.Path = "/";
        return builder.Uri;
    }

    private static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be an absolute http(s) address (got '{value}').");
        }
        return uri;
    }
}
