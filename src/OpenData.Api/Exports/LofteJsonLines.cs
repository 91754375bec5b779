using OpenData.Api.Http;
using OpenData.Core.Model;
using System.Globalization;
using System.Text.Json;
using OpenData.Api.Archive;
using OpenData.Api.Exports;

namespace OpenData.Api.Exports;

/// <summary>
/// Every löfte as one line of JSON (JSON Lines), with its kommuner, the documents that state it (each with its
/// snapshot: address, time, SHA-256, archive link) and every promise, withdrawn ones included and marked. Field
/// names, enum values and ids are the GraphQL API's.
/// </summary>
public static class LofteJsonLines
{
    public const string ContentType = "application/jsonl; charset=utf-8";

    /// <summary>The fields of each line, with what each means: the data dictionary. Nested objects are described in their field.</summary>
    public static readonly IReadOnlyList<DataField> Fields =
    [
        new("id", "string", "Medborgarlöftets id i API:t (global id).", "The medborgarlöfte's id in the API (global id)."),
        new("key", "string", "Löftets nyckel: kommunkoder, område och period (\"2463/2017\").", "The löfte's key: kommun codes, area and period (\"2463/2017\")."),
        new("area", "string", "Den del av kommunen löftet gäller, där kommunen har flera; annars null.", "The part of the kommun the löfte is for, where it has several; else null."),
        new("status", "string", "Löftets status i dag: CURRENT, ENDED, SUPERSEDED, WITHDRAWN, UPCOMING eller UNDATED.", "The löfte's status today: CURRENT, ENDED, SUPERSEDED, WITHDRAWN, UPCOMING or UNDATED."),
        new("years", "array", "Åren löftet gäller.", "The years the löfte covers."),
        new("firstSeen", "datetime", "När löftet först lästes (UTC).", "When the löfte was first read (UTC)."),
        new("lastSeen", "datetime", "När löftet senast lästes (UTC).", "When the löfte was last read (UTC)."),
        new("kommuner", "array", "Kommunerna: code (SCB-kod), name och lan (länskod).", "The kommuner: code (SCB code), name and lan (län code)."),
        new("lokalpolisomraden", "array", "Lokalpolisområdena löftet nämner.", "The lokalpolisområden the löfte names."),
        new("documents", "array", "Dokumenten som anger löftet: id, kind, title, published, url, readAt, extractorVersion och snapshot (fetchedAt, url, sha256, contentType, archiveUrl, attribution).",
            "The documents that state the löfte: id, kind, title, published, url, readAt, extractorVersion and snapshot (fetchedAt, url, sha256, contentType, archiveUrl, attribution)."),
        new("promises", "array", "Åtagandena, även återkallade: id, ordinal, text, actors, themes, targets (count, per, unit), places, firstSeen, lastSeen, withdrawnAt, document, status och followUps (status, text, period, reportedBy, matchScore, shareOfTarget, document, snapshotSha256).",
            "The promises, withdrawn ones included: id, ordinal, text, actors, themes, targets (count, per, unit), places, firstSeen, lastSeen, withdrawnAt, document, status and followUps (status, text, period, reportedBy, matchScore, shareOfTarget, document, snapshotSha256)."),
    ];

    public static async Task WriteAsync(IAsyncEnumerable<LofteRecord> loften, Stream output, Func<string, string> link, CancellationToken ct)
    {
        await foreach (var record in loften.WithCancellation(ct))
        {
            await using (var json = new Utf8JsonWriter(output, ReadableJson.WriterOptions))
            {
                Write(json, record, link);
            }
            output.WriteByte((byte)'\n');
        }
    }

    private static void Write(Utf8JsonWriter json, LofteRecord record, Func<string, string> link)
    {
        var lofte = record.Lofte;
        json.WriteStartObject();
        json.WriteString("id", GlobalId.Encode("Lofte", lofte.Key));
        json.WriteString("key", lofte.Key);
        json.WriteString("area", lofte.Area);
        json.WriteString("status", EnumNames.Of(lofte.Status));
        WriteArray(json, "years", lofte.Years, json.WriteNumberValue);
        json.WriteString("firstSeen", Instants.Iso(lofte.FirstSeen));
        json.WriteString("lastSeen", Instants.Iso(lofte.LastSeen));
        json.WriteStartArray("kommuner");
        foreach (var kommun in record.Kommuner)
        {
            json.WriteStartObject();
            json.WriteString("code", kommun.Code);
            json.WriteString("name", kommun.Name);
            json.WriteString("lan", kommun.LanCode);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteArray(json, "lokalpolisomraden", record.Lokalpolisomraden.Select(a => a.Name), json.WriteStringValue);
        json.WriteStartArray("documents");
        foreach (var document in record.Documents)
        {
            WriteDocument(json, document, link);
        }
        json.WriteEndArray();
        json.WriteStartArray("promises");
        foreach (var promise in record.Promises)
        {
            WritePromise(json, promise);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, DocumentRecord record, Func<string, string> link)
    {
        var document = record.Document;
        json.WriteStartObject();
        json.WriteString("id", GlobalId.Encode("Document", document.Id.ToString(CultureInfo.InvariantCulture)));
        json.WriteString("kind", EnumNames.Of(document.Kind));
        json.WriteString("title", document.Title);
        json.WriteString("published", document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("url", document.Url);
        json.WriteString("readAt", Instants.Iso(document.ReadAt));
        json.WriteString("extractorVersion", document.ExtractorVersion);
        if (record.Snapshot is { } snapshot)
        {
            json.WriteStartObject("snapshot");
            json.WriteString("fetchedAt", Instants.Iso(snapshot.FetchedAt));
            json.WriteString("url", snapshot.Url);
            json.WriteString("sha256", snapshot.Sha256);
            json.WriteString("contentType", snapshot.ContentType);
            json.WriteString("archiveUrl", link(ArchiveEndpoint.PathOf(snapshot.Sha256)));
            json.WriteString("attribution", snapshot.Attribution);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("snapshot");
        }
        json.WriteEndObject();
    }

    private static void WritePromise(Utf8JsonWriter json, PromiseRecord record)
    {
        var promise = record.Promise;
        json.WriteStartObject();
        json.WriteString("id", GlobalId.Encode("Promise", promise.Key));
        json.WriteNumber("ordinal", promise.Ordinal);
        json.WriteString("text", promise.Text);
        WriteArray(json, "actors", record.Actors.Select(EnumNames.Of), json.WriteStringValue);
        WriteArray(json, "themes", record.Themes.Select(t => t.Code), json.WriteStringValue);
        json.WriteStartArray("targets");
        foreach (var target in record.Targets)
        {
            json.WriteStartObject();
            json.WriteNumber("count", target.Count);
            json.WriteString("per", target.Per?.Word());
            json.WriteString("unit", target.Unit);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteArray(json, "places", promise.Places, json.WriteStringValue);
        json.WriteString("firstSeen", Instants.Iso(promise.FirstSeen));
        json.WriteString("lastSeen", Instants.Iso(promise.LastSeen));
        json.WriteString("withdrawnAt", promise.WithdrawnAt is { } w ? Instants.Iso(w) : null);
        json.WriteString("document", record.Source is null ? null : GlobalId.Encode("Document", record.Source.Document.Id.ToString(CultureInfo.InvariantCulture)));
        json.WriteString("status", record.Status is { } status ? EnumNames.Of(status) : null);
        json.WriteStartArray("followUps");
        foreach (var followUp in record.FollowUps)
        {
            json.WriteStartObject();
            json.WriteString("status", EnumNames.Of(followUp.Status));
            json.WriteString("text", followUp.Text);
            json.WriteString("period", followUp.Period);
            json.WriteString("reportedBy", EnumNames.Of(followUp.ReportedBy));
            json.WriteNumber("matchScore", followUp.MatchScore);
            if (followUp.ShareOfTarget is { } share)
            {
                json.WriteNumber("shareOfTarget", share);
            }
            json.WriteString("document", GlobalId.Encode("Document", followUp.DocumentId.ToString(CultureInfo.InvariantCulture)));
            json.WriteString("snapshotSha256", followUp.Sha256);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A named array of plain values, written straight from the sequence without a list in between.</summary>
    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> values, Action<T> writeValue)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            writeValue(value);
        }
        json.WriteEndArray();
    }
}
