using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace OpenData.Ingest.Contract;

/// <summary>JSON as the contract prints it: one object a line, å/ä/ö kept readable rather than escaped.</summary>
public static class ContractJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
