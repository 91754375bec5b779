using OpenData.Api.Features.Calendar;
using OpenData.Core.Storage;

namespace OpenData.Api.GraphQL.Caching;

/// <summary>What the GraphQL endpoint keeps between requests, and the data version and year that say what still holds.</summary>
public sealed record Caches(AnswerCache Answers, ValidatedDocuments Documents, PersistedQueries Persisted, DataVersionReader Versions, SwedishCalendar Calendar);
