using Microsoft.EntityFrameworkCore;
using OpenData.Core.Text;

namespace OpenData.Core.Storage.Postgres;

/// <summary>
/// Full-text search with PostgreSQL's swedish configuration over the generated <see cref="PromiseSearchVector"/>.
/// The terms are the same stems SQLite is asked with; the swedish configuration then treats query and index alike.
/// Ranked by ts_rank normalised by length (as BM25 weighs short matches higher), best first as the lowest rank.
/// </summary>
public sealed class PostgresPromiseFullTextSearch : IPromiseFullTextSearch
{
    public IQueryable<FullTextMatch> Matches(OpenDataContext db, IReadOnlyList<SearchTerm> terms)
    {
        var query = Expression(terms);
        return db.Database.SqlQuery<FullTextMatch>($"""
            SELECT p."Id" AS "PromiseId", -ts_rank(p."SearchVector", q, 1)::double precision AS "Rank"
            FROM "Promises" p, to_tsquery('swedish', {query}) q
            WHERE p."SearchVector" @@ q
            """);
    }

    /// <summary>tsquery syntax: each stem a quoted lexeme, :* for a prefix, joined by &amp;.</summary>
    internal static string Expression(IReadOnlyList<SearchTerm> terms) =>
        string.Join(" & ", terms.Select(t => "'" + t.Stem.Replace("'", "''", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal) + "'" + (t.IsPrefix ? ":*" : "")));
}
