using System.Text;

namespace OpenData.Core.Reference;

/// <summary>
/// Reads the reference CSV files (RFC 4180: quoted fields may hold commas and doubled quotes). Rows come back as
/// dictionaries keyed on the header, so a reordered column cannot silently shift data.
/// </summary>
public static class CsvFile
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var rows = ParseRecords(reader.ReadToEnd()).ToList();
        if (rows.Count == 0)
        {
            throw new InvalidDataException($"{path} is empty: a header row is required.");
        }
        var header = rows[0];
        var result = new List<IReadOnlyDictionary<string, string>>(rows.Count - 1);
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Count == 1 && rows[i][0].Length == 0)
            {
                continue;
            }
            if (rows[i].Count != header.Count)
            {
                throw new InvalidDataException(
                    $"{path}: row {i + 1} has {rows[i].Count} fields, the header has {header.Count}.");
            }
            var row = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var c = 0; c < header.Count; c++)
            {
                row[header[c]] = rows[i][c];
            }
            result.Add(row);
        }
        return result;
    }

    internal static IEnumerable<List<string>> ParseRecords(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
            }
            else if (c != '\uFEFF' || i > 0)
            {
                field.Append(c);
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
