using System.Text;

namespace OpenData.Api.Tests.Fixtures;

/// <summary>Reads RFC 4180 CSV the way a spreadsheet or pandas would: quoted fields, doubled quotes, CRLF rows.</summary>
public static class CsvReader
{
    public static List<Dictionary<string, string>> Parse(string csv)
    {
        var rows = Rows(csv).ToList();
        var header = rows[0];
        return rows.Skip(1).Select(r =>
        {
            Assert.Equal(header.Count, r.Count);
            return header.Zip(r).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }

    private static IEnumerable<List<string>> Rows(string csv)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r' when i + 1 < csv.Length && csv[i + 1] == '\n':
                    i++;
                    row.Add(field.ToString()); field.Clear();
                    yield return row;
                    row = [];
                    break;
                default: field.Append(c); break;
            }
        }
        Assert.False(quoted, "The file ends inside a quoted field.");
        Assert.Equal(0, field.Length + row.Count);
    }
}
