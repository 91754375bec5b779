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

    /// <summary>The columns in order, with what each means: the header row and the data dictionary.</summary>
    public static readonly IReadOnlyList<DataField> Fields =
    [
        new("promise_id", "string", "Åtagandets id i API:t (global id).", "The promise's id in the API (global id)."),
        new("lofte_id", "string", "Medborgarlöftets id i API:t (global id).", "The medborgarlöfte's id in the API (global id)."),
        new("lofte_key", "string", "Löftets nyckel: kommunkoder, område och period (\"2463/2017\").", "The löfte's key: kommun codes, area and period (\"2463/2017\")."),
        new("lofte_status", "string", "Löftets status i dag: CURRENT, ENDED, SUPERSEDED, WITHDRAWN, UPCOMING eller UNDATED.", "The löfte's status today: CURRENT, ENDED, SUPERSEDED, WITHDRAWN, UPCOMING or UNDATED."),
        new("years", "string", "Åren löftet gäller, åtskilda med |.", "The years the löfte covers, separated by |."),
        new("kommun_codes", "string", "Kommunernas fyrsiffriga SCB-koder, åtskilda med |.", "The kommuner's four-digit SCB codes, separated by |."),
        new("kommun_names", "string", "Kommunernas namn, åtskilda med |.", "The kommuner's names, separated by |."),
        new("lan_codes", "string", "Länens tvåsiffriga koder, åtskilda med |.", "The län's two-digit codes, separated by |."),
        new("ordinal", "integer", "Åtagandets plats i löftet, från 1.", "The promise's position in the löfte, from 1."),
        new("text", "string", "Åtagandets text som den publicerades.", "The promise's text as published."),
        new("actors", "string", "Vem som lovar: POLIS, KOMMUN, ANNAN, åtskilda med |.", "Who promises: POLIS, KOMMUN, ANNAN, separated by |."),
        new("themes", "string", "Temakoder, åtskilda med |.", "Theme codes, separated by |."),
        new("targets", "string", "Mätbara mål som JSON-lista: count, per (år, termin, månad, vecka) och unit.", "Numeric targets as a JSON array: count, per (år, termin, månad, vecka) and unit."),
        new("places", "string", "Platser som åtagandet nämner, åtskilda med |.", "Places the promise names, separated by |."),
        new("first_seen", "datetime", "När åtagandet först lästes (UTC).", "When the promise was first read (UTC)."),
        new("last_seen", "datetime", "När åtagandet senast lästes (UTC).", "When the promise was last read (UTC)."),
        new("withdrawn_at", "datetime", "När åtagandet försvann från källan (UTC); tomt om det finns kvar.", "When the promise disappeared from its source (UTC); empty while it is there."),
        new("document_id", "string", "Id för dokumentet texten senast lästes från.", "Id of the document the text was last read from."),
        new("document_url", "string", "Dokumentets adress.", "The document's address."),
        new("snapshot_fetched_at", "datetime", "När källan hämtades (UTC).", "When the source was fetched (UTC)."),
        new("snapshot_sha256", "string", "SHA-256 för den hämtade källan.", "SHA-256 of the fetched source."),
        new("archive_url", "string", "Adress till den arkiverade kopian av källan.", "Address of the archived copy of the source."),
        new("status", "string", "Senaste uppföljningens bedömning: DONE, PARTLY, ONGOING, NOT_DONE, CANCELLED; tomt om ingen publicerats.", "The latest follow-up's verdict: DONE, PARTLY, ONGOING, NOT_DONE, CANCELLED; empty where none was published."),
        new("follow_ups", "integer", "Antal publicerade uppföljningar av åtagandet.", "Number of published follow-ups of the promise."),
        new("follow_up_text", "string", "Den senaste uppföljningens text.", "The latest follow-up's text."),
        new("follow_up_archive_url", "string", "Adress till den arkiverade kopian av den senaste uppföljningen.", "Address of the archived copy of the latest follow-up."),
    ];

    public static readonly IReadOnlyList<string> Columns = Fields.Select(f => f.Name).ToList();

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
