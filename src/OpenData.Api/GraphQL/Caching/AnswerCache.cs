using Microsoft.Extensions.Caching.Memory;

namespace OpenData.Api.GraphQL.Caching;

/// <summary>
/// Answers of queries that ran without an error, as the bytes sent, kept per <see cref="AnswerKey"/>: between two
/// commits to the database every answer is the same, so a repeated question is served from here. The key holds
/// the data version read for the request, so an answer of older data is never found again once a write commits;
/// those entries age out as memory is needed. Bounded by <see cref="AnswerCacheSettings.MaxAnswerBytes"/>.
/// </summary>
public sealed class AnswerCache : IDisposable
{
    private readonly AnswerCacheSettings _settings;
    private readonly MemoryCache _answers;

    public AnswerCache(AnswerCacheSettings settings)
    {
        _settings = settings;
        _answers = new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.MaxAnswerBytes, CompactionPercentage = 0.25 });
    }

    public bool Enabled => _settings.Answers;

    public byte[]? Find(in AnswerKey key) => Enabled && _answers.TryGetValue(key, out byte[]? answer) ? answer : null;

    /// <summary>Keeps an answer that ran without errors; too large a one is not kept.</summary>
    public void Keep(in AnswerKey key, byte[] answer)
    {
        if (!Enabled || answer.Length > _settings.MaxAnswerSize)
        {
            return;
        }
        _answers.Set(key, answer, new MemoryCacheEntryOptions { Size = answer.Length + key.Size });
    }

    public void Dispose() => _answers.Dispose();
}
