using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Themes;
using OpenData.Api.Http;
using OpenData.Core.Model;

namespace OpenData.Api.Exports.Releases;

/// <summary>
/// Writes a release's SQLite file of the public data (<see cref="PublicSchema"/>) from the same records the CSV and
/// JSON Lines files are written from, so the three never disagree. The file is one self-contained database (rollback
/// journal, no WAL) that opens in any SQLite tool, with its foreign keys checked as it is written.
/// <para>
/// While writing it hashes every value except those that only say when a thing was last read again (last_seen):
/// the <see cref="Written.Fingerprint"/>. Two data states with equal fingerprints publish the same facts, so a
/// harvest that only confirmed what was there publishes no new release.
/// </para>
/// </summary>
public static class PublicDatabase
{
    public const string ContentType = "application/vnd.sqlite3";

    /// <summary>The reference tables that do not come with the löften: every län, kommun and theme.</summary>
    public sealed record Reference(IReadOnlyList<LanView> Lan, IReadOnlyList<KommunView> Kommuner, IReadOnlyList<ThemeView> Themes);

    /// <summary>What was written: rows per table, the fingerprint of the facts, the extractor versions that read them.</summary>
    public sealed record Written(IReadOnlyDictionary<string, int> Rows, string Fingerprint, IReadOnlyList<string> ExtractorVersions);

    public static async Task<Written> WriteAsync(string path, Reference reference, IAsyncEnumerable<LofteRecord> loften, CancellationToken ct)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, ForeignKeys = true }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, "PRAGMA journal_mode = DELETE", ct);
        using var fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var extractors = new SortedSet<string>(StringComparer.Ordinal);
        var rows = new Dictionary<string, int>();
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct))
        {
            foreach (var table in PublicSchema.Tables)
            {
                await ExecuteAsync(connection, table.CreateSql(), ct, transaction);
            }
            var writers = PublicSchema.Tables.ToDictionary(t => t, t => new TableWriter(connection, transaction, t, fingerprint));
            async Task Row(PublicTable table, params object?[] values) => await writers[table].InsertAsync(values, ct);

            foreach (var lan in reference.Lan)
            {
                await Row(PublicSchema.Lan, lan.Code, lan.Name, lan.ShortName, lan.Polisregion);
            }
            foreach (var kommun in reference.Kommuner)
            {
                await Row(PublicSchema.Kommuner, kommun.Code, kommun.Name, kommun.LanCode);
            }
            foreach (var theme in reference.Themes)
            {
                await Row(PublicSchema.Themes, theme.Code, theme.Sv, theme.En, theme.About);
            }

            var documentsWritten = new HashSet<int>();
            async Task Document(DocumentRecord record)
            {
                var d = record.Document;
                if (!documentsWritten.Add(d.Id))
                {
                    return;
                }
                extractors.Add(d.ExtractorVersion);
                var s = record.Snapshot;
                await Row(PublicSchema.Documents, d.Id, GlobalId.Encode("Document", d.Id.ToString(CultureInfo.InvariantCulture)), EnumNames.Of(d.Kind), d.Title,
                    d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Url, Instants.Iso(d.ReadAt), d.ExtractorVersion, d.Confidence,
                    d.CorrectionReason, s is null ? null : Instants.Iso(s.FetchedAt), s?.Url, s?.Sha256, s?.ContentType, s?.Attribution);
                var ordinal = 0;
                foreach (var person in record.People)
                {
                    await Row(PublicSchema.People, d.Id, ++ordinal, person.Name, person.Role, person.Organisation is { } o ? EnumNames.Of(o) : null);
                }
            }

            await foreach (var record in loften.WithCancellation(ct))
            {
                var l = record.Lofte;
                await Row(PublicSchema.Loften, l.Id, GlobalId.Encode("Lofte", l.Key), l.Key, l.Area, EnumNames.Of(l.Status),
                    Instants.Iso(l.FirstSeen), Instants.Iso(l.LastSeen), Instants.Iso(l.ChangedAt));
                foreach (var year in l.Years.Distinct())
                {
                    await Row(PublicSchema.LofteYears, l.Id, year);
                }
                foreach (var kommun in record.Kommuner)
                {
                    await Row(PublicSchema.LofteKommuner, l.Id, kommun.Code);
                }
                foreach (var name in record.Lokalpolisomraden.Select(a => a.Name).Distinct())
                {
                    await Row(PublicSchema.LofteLokalpolisomraden, l.Id, name);
                }
                foreach (var document in record.Documents)
                {
                    await Document(document);
                    await Row(PublicSchema.LofteDocuments, l.Id, document.Document.Id);
                }
                foreach (var p in record.Promises)
                {
                    var promise = p.Promise;
                    if (p.Source is { } source)
                    {
                        await Document(source);
                    }
                    await Row(PublicSchema.Promises, promise.Id, GlobalId.Encode("Promise", promise.Key), promise.Key, l.Id, promise.Ordinal, promise.Text,
                        Instants.Iso(promise.FirstSeen), Instants.Iso(promise.LastSeen), promise.WithdrawnAt is { } w ? Instants.Iso(w) : null,
                        p.Source?.Document.Id, p.Status is { } status ? EnumNames.Of(status) : null, Instants.Iso(promise.ChangedAt));
                    foreach (var actor in p.Actors.Distinct())
                    {
                        await Row(PublicSchema.PromiseActors, promise.Id, EnumNames.Of(actor));
                    }
                    foreach (var theme in p.Themes.Select(t => t.Code).Distinct())
                    {
                        await Row(PublicSchema.PromiseThemes, promise.Id, theme);
                    }
                    var ordinal = 0;
                    foreach (var target in p.Targets)
                    {
                        await Row(PublicSchema.PromiseTargets, promise.Id, ++ordinal, target.Count, target.Per?.Word(), target.Unit);
                    }
                    ordinal = 0;
                    foreach (var place in promise.Places)
                    {
                        await Row(PublicSchema.PromisePlaces, promise.Id, ++ordinal, place);
                    }
                    foreach (var f in p.FollowUps)
                    {
                        await Row(PublicSchema.FollowUps, f.Id, promise.Id, f.DocumentId, f.Subject, f.Text, f.Period, EnumNames.Of(f.Status),
                            EnumNames.Of(f.ReportedBy), f.MatchScore, f.ShareOfTarget, f.Sha256);
                    }
                }
            }

            // After the rows: an index built once is faster than one kept up row by row.
            foreach (var sql in PublicSchema.Tables.SelectMany(t => t.IndexSql()))
            {
                await ExecuteAsync(connection, sql, ct, transaction);
            }
            await transaction.CommitAsync(ct);
            foreach (var (table, writer) in writers)
            {
                rows[table.Name] = writer.Count;
                writer.Dispose();
            }
        }
        return new Written(rows, Convert.ToHexStringLower(fingerprint.GetHashAndReset()), extractors.ToList());
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>One prepared INSERT per table, counting its rows and hashing what is not a re-confirmation.</summary>
    private sealed class TableWriter : IDisposable
    {
        private readonly PublicTable _table;
        private readonly SqliteCommand _insert;
        private readonly IncrementalHash _fingerprint;

        public TableWriter(SqliteConnection connection, SqliteTransaction transaction, PublicTable table, IncrementalHash fingerprint)
        {
            _table = table;
            _fingerprint = fingerprint;
            _insert = connection.CreateCommand();
            _insert.Transaction = transaction;
            _insert.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) " +
                $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
            for (var i = 0; i < table.Columns.Count; i++)
            {
                _insert.Parameters.Add(new SqliteParameter("$p" + i, null));
            }
        }

        public int Count { get; private set; }

        public async Task InsertAsync(object?[] values, CancellationToken ct)
        {
            if (values.Length != _table.Columns.Count)
            {
                throw new InvalidOperationException($"{_table.Name} has {_table.Columns.Count} columns; a row of {values.Length} values was given.");
            }
            var line = new StringBuilder(_table.Name);
            for (var i = 0; i < values.Length; i++)
            {
                _insert.Parameters[i].Value = values[i] ?? DBNull.Value;
                if (!_table.Columns[i].Reconfirmation)
                {
                    // A unit separator between values and a record separator after the row: no value can fake a boundary.
                    line.Append('\u001f').Append(values[i] is null ? "\u0000" : Convert.ToString(values[i], CultureInfo.InvariantCulture));
                }
            }
            line.Append('\u001e');
            _fingerprint.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
            await _insert.ExecuteNonQueryAsync(ct);
            Count++;
        }

        public void Dispose() => _insert.Dispose();
    }
}
