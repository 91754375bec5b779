using System.Text;

namespace OpenData.Api.Http;

/// <summary>Relay global ids: the type name and the object's stable key, base64-encoded ("Kommun:2463").</summary>
public static class GlobalId
{
    public static string Encode(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    public static bool TryDecode(string id, out string type, out string key)
    {
        type = key = "";
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return false;
            }
            type = text[..colon];
            key = text[(colon + 1)..];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
