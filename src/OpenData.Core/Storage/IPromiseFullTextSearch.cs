using OpenData.Core.Text;

namespace OpenData.Core.Storage;

/// <summary>
/// The database's own full-text index over promises' search text, asked with stemmed terms. One implementation per
/// provider (SQLite FTS5, PostgreSQL's swedish text search), with the same rules: every term must match, a term
/// marked as a prefix matches longer stems, and the best match ranks lowest.
/// </summary>
public interface IPromiseFullTextSearch
{
    /// <summary>The promises matching every term, with their rank, as a query to join with others.</summary>
    IQueryable<FullTextMatch> Matches(OpenDataContext db, IReadOnlyList<SearchTerm> terms);
}
