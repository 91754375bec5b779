using Microsoft.EntityFrameworkCore;
using OpenData.Core.Text;

namespace OpenData.Core.Storage.Sqlite;

/// <summary>Full-text search with SQLite's FTS5 (<see cref="PromiseSearchIndex"/>), ranked by BM25.</summary>
public sealed class SqlitePromiseFullTextSearch : IPromiseFullTextSearch
{
    public IQueryable<FullTextMatch> Matches(OpenDataContext db, IReadOnlyList<SearchTerm> terms) =>
        db.Database.SqlQuery<FullTextMatch>(
            $"SELECT rowid AS PromiseId, bm25(PromiseSearch) AS Rank FROM PromiseSearch WHERE PromiseSearch MATCH {Expression(terms)}");

    /// <summary>FTS5's query language: each stem a quoted token (so no word is read as an operator), * for a prefix.</summary>
    internal static string Expression(IReadOnlyList<SearchTerm> terms) =>
        string.Join(" AND ", terms.Select(t => "\"" + t.Stem.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (t.IsPrefix ? "*" : "")));
}
