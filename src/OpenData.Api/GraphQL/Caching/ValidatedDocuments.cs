using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace OpenData.Api.GraphQL.Caching;

/// <summary>
/// Parsed documents that the engine has validated, by query text, as graphql-dotnet's own document cache keeps
/// them (GraphQL.MemoryCache, which the package registry here does not serve): a document found here is neither
/// parsed nor validated again; the engine runs only its <see cref="ExecutionOptions.CachedDocumentValidationRules"/>
/// on it. The endpoint takes its document from here before it measures it against the budget, so a repeated query
/// is parsed once. Bounded by the characters of query text kept (<see cref="AnswerCacheSettings.MaxQueryCharacters"/>).
/// </summary>
public sealed class ValidatedDocuments : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents;

    public ValidatedDocuments(AnswerCacheSettings settings) =>
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.MaxQueryCharacters, CompactionPercentage = 0.25 });

    /// <summary>After the option configurations (100), before anything that wraps execution (200).</summary>
    public float SortOrder => 150;

    /// <summary>The validated document of this text, if it has been validated before.</summary>
    public GraphQLDocument? Find(string query) => _documents.TryGetValue(query, out GraphQLDocument? document) ? document : null;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var cached = options.Query is { } query && options.Document is { } given && ReferenceEquals(Find(query), given);
        if (cached)
        {
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }
        var result = await next(options);
        // Executed means it passed validation.
        if (!cached && result.Executed && options.Query is { } text && result.Document is { } document)
        {
            _documents.Set(text, document, new MemoryCacheEntryOptions { Size = text.Length });
        }
        return result;
    }

    public void Dispose() => _documents.Dispose();
}
