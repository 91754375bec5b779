using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Api.Http;

/// <summary>JSON as the service writes it beside GraphQL (bulk files, health): compact, å/ä/ö and the rest of Unicode as they are.</summary>
public static class ReadableJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
