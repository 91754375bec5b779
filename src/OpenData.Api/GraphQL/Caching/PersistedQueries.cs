using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace OpenData.Api.GraphQL.Caching;

/// <summary>
/// Automatic persisted queries as Apollo clients send them: a GET with only the SHA-256 of the query
/// (<c>extensions.persistedQuery.sha256Hash</c>), so that the address is short and the same for every client and
/// a CDN can cache it; a hash not known here is answered PERSISTED_QUERY_NOT_FOUND, and the client sends the query
/// with its hash once, which is kept. Only queries that ran are kept; bounded by
/// <see cref="AnswerCacheSettings.MaxQueryCharacters"/>, the least recently used going first (a client whose
/// hash was dropped just sends the text again).
/// </summary>
public sealed class PersistedQueries : IDisposable
{
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string NotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    private readonly MemoryCache _queries;

    public PersistedQueries(AnswerCacheSettings settings) =>
        _queries = new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.MaxQueryCharacters, CompactionPercentage = 0.25 });

    public string? Find(string sha256Hash) => _queries.TryGetValue(Normalize(sha256Hash), out string? query) ? query : null;

    public void Keep(string sha256Hash, string query) =>
        _queries.Set(Normalize(sha256Hash), query, new MemoryCacheEntryOptions { Size = query.Length + sha256Hash.Length });

    /// <summary>Whether the hash is the SHA-256 of the query's UTF-8 bytes, in hex as Apollo writes it.</summary>
    public static bool Matches(string sha256Hash, string query) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query))) == Normalize(sha256Hash);

    private static string Normalize(string hash) => hash.Trim().ToLowerInvariant();

    public void Dispose() => _queries.Dispose();
}
