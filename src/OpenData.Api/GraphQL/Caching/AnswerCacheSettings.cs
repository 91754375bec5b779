namespace OpenData.Api.GraphQL.Caching;

/// <summary>
/// How much memory the caches of the GraphQL endpoint may take, bound from <c>OpenData:Api:Cache</c>.
/// <see cref="Answers"/> false turns the answer cache off (the benchmark's cold runs; a query then always runs).
/// </summary>
public sealed class AnswerCacheSettings
{
    public const string Section = "OpenData:Api:Cache";

    /// <summary>Whether answers are kept per version of the data.</summary>
    public bool Answers { get; set; } = true;

    /// <summary>Bytes of serialized answers kept at most; the least recently asked go first.</summary>
    public long MaxAnswerBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The largest single answer kept, in bytes: a larger one is served, but computed again next time.</summary>
    public int MaxAnswerSize { get; set; } = 1024 * 1024;

    /// <summary>Characters of query text kept at most, for validated documents and for persisted queries each.</summary>
    public long MaxQueryCharacters { get; set; } = 4L * 1024 * 1024;

    public static AnswerCacheSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<AnswerCacheSettings>() ?? new AnswerCacheSettings();
        if (settings.MaxAnswerBytes < 1 || settings.MaxAnswerSize < 1 || settings.MaxQueryCharacters < 1)
        {
            throw new InvalidOperationException($"{Section}: MaxAnswerBytes, MaxAnswerSize and MaxQueryCharacters must be positive.");
        }
        return settings;
    }
}
