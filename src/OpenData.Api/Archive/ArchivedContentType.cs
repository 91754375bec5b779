using Microsoft.Net.Http.Headers;

namespace OpenData.Api.Archive;

/// <summary>
/// The Content-Type an archived body is served with. The snapshot keeps the publisher's header exactly as it was
/// sent, which may hold what HTTP cannot carry back out (a parameter with "å" in it); served are its media type
/// and charset when they are plain ASCII tokens, else application/octet-stream.
/// </summary>
public static class ArchivedContentType
{
    public const string Unknown = "application/octet-stream";

    public static string Servable(string? sent)
    {
        if (string.IsNullOrWhiteSpace(sent) || !MediaTypeHeaderValue.TryParse(sent, out var parsed) ||
            !IsToken(parsed.Type.AsSpan()) || !IsToken(parsed.SubType.AsSpan()))
        {
            return Unknown;
        }
        var mediaType = $"{parsed.Type}/{parsed.SubType}".ToLowerInvariant();
        var charset = parsed.Charset.AsSpan().Trim('"');
        return IsToken(charset) ? $"{mediaType}; charset={charset}" : mediaType;
    }

    /// <summary>An RFC 9110 token: visible ASCII without separators.</summary>
    private static bool IsToken(ReadOnlySpan<char> value) =>
        !value.IsEmpty && !value.ContainsAnyExcept("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
}
