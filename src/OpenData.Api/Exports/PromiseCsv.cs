using OpenData.Api.Http;
using OpenData.Core.Model;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenData.Api.Archive;
using OpenData.Api.Exports;

namespace OpenData.Api.Exports;

/// <summary>
/// Every promise as one CSV row (RFC 4180: comma, double quotes, CRLF; UTF-8), with its löfte, kommuner and the
/// snapshot its text was read from. Lists are joined with "|"; targets, which have parts, are a JSON array.
/// Withdrawn promises are included, with withdrawn_at set. Ids are the API's global ids. A cell that would start
/// with =, +, -, @, a tab, a carriage return or an apostrophe starts with an apostrophe before it, so that no
/// spreadsheet runs a promise's text as a formula; a reader drops a leading apostrophe to get the text back.
/// </summary>
public static class PromiseCsv
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    public static readonly IReadOnlyList<string> Columns =
    [
        "promise_id", "lofte_id", "lofte_key", "lofte_status", "years", "kommun_codes", "kommun_names", "lan_codes",
        "ordinal", "text", "actors", "themes", "targets", "places", "first_seen", "last_seen", "withdrawn_at",
        "document_id", "document_url", "snapshot_fetched_at", "snapshot_sha256", "archive_url",
        "status", "follow_ups", "follow_up_text", "follow_up_archive_url",
    ];

    public static async Task WriteAsync(IAsyncEnumerable<LofteRecord> loften, Stream output, Func<string, string> link, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', Columns));
        await foreach (var record in loften.WithCancellation(ct))
        {
            var lofte = record.Lofte;
            // The löfte's columns, the same on each of its promises' rows.
            string[] lofteColumns =
            [
                Field(GlobalId.Encode("Lofte", lofte.Key)),
                Field(lofte.Key),
                Field(EnumNames.Of(lofte.Status)),
                Field(string.Join('|', lofte.Years)),
                Field(string.Join('|', record.Kommuner.Select(k => k.Code))),
                Field(string.Join('|', record.Kommuner.Select(k => k.Name))),
                Field(string.Join('|', record.Kommuner.Select(k => k.LanCode).Distinct())),
            ];
            foreach (var p in record.Promises)
            {
                var promise = p.Promise;
                var snapshot = p.Source?.Snapshot;
                string?[] promiseColumns =
                [
                    promise.Ordinal.ToString(CultureInfo.InvariantCulture),
                    promise.Text,
                    string.Join('|', p.Actors.Select(EnumNames.Of)),
                    string.Join('|', p.Themes.Select(t => t.Code)),
                    p.Targets.Count == 0 ? "" : JsonSerializer.Serialize(p.Targets.Select(t => new { count = t.Count, per = t.Per?.Word(), unit = t.Unit }), ReadableJson.Options),
                    string.Join('|', promise.Places),
                    Instants.Iso(promise.FirstSeen),
                    Instants.Iso(promise.LastSeen),
                    promise.WithdrawnAt is { } w ? Instants.Iso(w) : "",
                    p.Source is null ? "" : GlobalId.Encode("Document", p.Source.Document.Id.ToString(CultureInfo.InvariantCulture)),
                    p.Source?.Document.Url,
                    snapshot is null ? "" : Instants.Iso(snapshot.FetchedAt),
                    snapshot?.Sha256,
                    snapshot is null ? "" : link(ArchiveEndpoint.PathOf(snapshot.Sha256)),
                    // The latest follow-up, whose verdict is the status: empty where none was published.
                    p.Status is { } status ? EnumNames.Of(status) : "",
                    p.FollowUps.Count.ToString(CultureInfo.InvariantCulture),
                    p.FollowUps.Count == 0 ? "" : p.FollowUps[^1].Text,
                    p.FollowUps.Count == 0 || p.FollowUps[^1].Sha256 is not { } sha ? "" : link(ArchiveEndpoint.PathOf(sha)),
                ];
                await writer.WriteLineAsync(string.Join(',', [Field(GlobalId.Encode("Promise", promise.Key)), .. lofteColumns, .. promiseColumns.Select(Field)]));
            }
        }
    }

    /// <summary>
    /// What makes a spreadsheet read a cell as a formula (OWASP's list), and the apostrophe that marks a guarded
    /// cell, which is guarded too so that reading back is one rule: a cell that starts with an apostrophe has one
    /// put before it; drop it and the text is as published.
    /// </summary>
    private const string FormulaStarts = "=+-@\t\r'";

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        // "=HYPERLINK(…)" in a promise's text stays text in Excel, LibreOffice and Google Sheets, which show the apostrophe not at all.
        if (FormulaStarts.Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' '
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
