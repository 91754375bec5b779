using System.Globalization;
using System.Text;

namespace OpenData.Api.Features.Changes;

/// <summary>
/// A place in the change feed: the id of the last change read. Changes are numbered in the order they were recorded,
/// so a cursor stays valid however many changes come after it: a client keeps its last endCursor and asks again.
/// </summary>
public static class ChangeCursor
{
    private const string Prefix = "change:";

    public static string Encode(long id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + id.ToString(CultureInfo.InvariantCulture)));

    public static long Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) &&
                long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return id;
            }
        }
        catch (FormatException)
        {
        }
        throw new QueryException($"'{cursor}' is not a cursor of the change feed: pass the endCursor of an earlier changes page.");
    }
}
