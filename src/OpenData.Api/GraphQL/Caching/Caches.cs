using OpenData.Core.Storage;

namespace OpenData.Api.GraphQL.Caching;

/// <summary>What the GraphQL endpoint keeps between requests, and the data version that says what still holds.</summary>
public sealed record Caches(AnswerCache Answers, ValidatedDocuments Documents, PersistedQueries Persisted, DataVersionReader Versions);
