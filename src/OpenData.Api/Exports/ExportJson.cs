using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Api.Exports;

/// <summary>JSON as the bulk files write it: compact, å/ä/ö and the rest of Unicode as they are.</summary>
internal static class ExportJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
