using System.Text;

namespace OpenData.Api.Features.Paging;

/// <summary>Opaque cursors over a stable order: the position in the ordered result, base64-encoded.</summary>
public static class Cursor
{
    private const string Prefix = "cursor:";

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset));

    public static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(text.AsSpan(Prefix.Length), out var offset) && offset >= 0)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }
        throw new QueryException($"'{cursor}' is not a cursor this API gave out.");
    }
}
