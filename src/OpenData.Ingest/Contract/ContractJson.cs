using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Ingest.Contract;

/// <summary>
/// JSON as the contract prints it: one object a line, å/ä/ö and apostrophes kept readable rather than escaped. It goes
/// to files and pipes, never into a web page, so the HTML-safe escaping of ', &lt; and &amp; would only garble text.
/// </summary>
public static class ContractJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
