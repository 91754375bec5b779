namespace OpenData.Core.Storage;

/// <summary>Which database holds the schema, chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, no server (WAL, FTS5 for search).</summary>
    Sqlite,

    /// <summary>For several API instances and a harvester on one database (the swedish text search configuration).</summary>
    Postgres,
}
