using System.Text.Json;
using OpenData.Api.Http;

namespace OpenData.Api.Exports.Releases;

/// <summary>
/// A release's datapackage.json: its data dictionary in the Frictionless Data Package shape (v2). Each file is a
/// resource with its path, format, media type, size and "sha256:…" hash, and a Table Schema naming every column with
/// its type and its meaning in Swedish (description) and English (description_en). The SQLite file is one resource
/// per table (the dialect's <c>table</c>), with primary and foreign keys.
/// </summary>
public static class DataPackage
{
    public const string FileName = "datapackage.json";

    public const string ContentType = "application/json; charset=utf-8";

    private const string Profile = "https://datapackage.org/profiles/2.0/datapackage.json";

    /// <summary>Writes the data dictionary of a release whose other files are <paramref name="files"/>, by name.</summary>
    public static async Task WriteAsync(Stream output, string releaseId, DateTime releasedAt, string license, IReadOnlyDictionary<string, ReleaseFile> files, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output, ReadableJson.WriterOptions with { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", Profile);
        json.WriteString("name", "medborgarloften");
        json.WriteString("version", releaseId);
        json.WriteString("created", Instants.Iso(releasedAt));
        json.WriteString("title", "Medborgarlöften i Sverige");
        json.WriteString("description", "Varje medborgarlöfte som Polisen och en kommun har publicerat, med alla åtaganden, teman, mål, platser och uppföljningar, " +
            "och för varje uppgift källan den lästes från. Utgåvan " + releaseId + " ändras aldrig.");
        json.WriteString("description_en", "Every medborgarlöfte Polisen and a kommun have published, with each promise, its themes, targets, places and follow-ups, " +
            "and for each fact the source it was read from. Release " + releaseId + " never changes.");
        json.WriteStartArray("licenses");
        json.WriteStartObject();
        json.WriteString("path", license);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("resources");
        WriteResource(json, "promises", files[ReleaseFiles.Csv], "csv", "Alla åtaganden, ett per rad.", "Every promise, one per row.", PromiseCsv.Fields, dialect: json =>
        {
            json.WriteBoolean("header", true);
            json.WriteString("delimiter", ",");
            json.WriteString("quoteChar", "\"");
            json.WriteString("lineTerminator", "\r\n");
        });
        WriteResource(json, "loften", files[ReleaseFiles.JsonLines], "jsonl", "Alla medborgarlöften med sina åtaganden, ett per rad.",
            "Every medborgarlöfte with its promises, one per line.", LofteJsonLines.Fields);
        foreach (var table in PublicSchema.Tables)
        {
            WriteResource(json, "sqlite-" + table.Name.Replace('_', '-'), files[ReleaseFiles.Sqlite], "sqlite", table.Sv, table.En,
                table.Columns.Select(c => c.Field).ToList(), dialect: json => json.WriteString("table", table.Name), table: table);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void WriteResource(Utf8JsonWriter json, string name, ReleaseFile file, string format, string sv, string en, IReadOnlyList<DataField> fields,
        Action<Utf8JsonWriter>? dialect = null, PublicTable? table = null)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("path", file.Name);
        json.WriteString("format", format);
        json.WriteString("mediatype", file.MediaType.Split(';')[0]);
        if (format != "sqlite")
        {
            json.WriteString("encoding", "utf-8");
        }
        json.WriteNumber("bytes", file.Bytes);
        json.WriteString("hash", "sha256:" + file.Sha256);
        json.WriteString("description", sv);
        json.WriteString("description_en", en);
        if (dialect is not null)
        {
            json.WriteStartObject("dialect");
            dialect(json);
            json.WriteEndObject();
        }
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var field in fields)
        {
            json.WriteStartObject();
            json.WriteString("name", field.Name);
            json.WriteString("type", field.Type);
            json.WriteString("description", field.Sv);
            json.WriteString("description_en", field.En);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (table is not null)
        {
            json.WriteStartArray("primaryKey");
            table.PrimaryKey.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartArray("foreignKeys");
            foreach (var key in table.ForeignKeys)
            {
                json.WriteStartObject();
                json.WriteStartArray("fields");
                json.WriteStringValue(key.Column);
                json.WriteEndArray();
                json.WriteStartObject("reference");
                json.WriteString("resource", "sqlite-" + key.Table.Replace('_', '-'));
                json.WriteStartArray("fields");
                json.WriteStringValue(key.TableColumn);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
