using System.IO.Compression;

namespace OpenData.Harvester.Fetching;

/// <summary>
/// Reads a response body within the limits: at most so many bytes off the wire, and at most so many once
/// unpacked, so neither a 50 MB page nor a gzip bomb gets into memory.
/// </summary>
public static class ContentDecoding
{
    /// <summary>Reads <paramref name="stream"/> to its end, refusing once it passes <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]> ReadLimitedAsync(Stream stream, long limit, string what, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new FetchRefusedException($"{what} is larger than the limit of {limit:N0} bytes");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Undoes the Content-Encoding(s), last applied first, within <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]> DecodeAsync(byte[] body, IEnumerable<string> contentEncodings, long limit, CancellationToken ct)
    {
        foreach (var encoding in contentEncodings.Reverse().Select(e => e.Trim().ToLowerInvariant()))
        {
            if (encoding is "identity" or "")
            {
                continue;
            }
            using var raw = new MemoryStream(body, writable: false);
            await using Stream unpacking = encoding switch
            {
                "gzip" or "x-gzip" => new GZipStream(raw, CompressionMode.Decompress),
                "deflate" => new ZLibStream(raw, CompressionMode.Decompress),
                "br" => new BrotliStream(raw, CompressionMode.Decompress),
                _ => throw new FetchRefusedException($"unknown Content-Encoding '{encoding}'"),
            };
            try
            {
                body = await ReadLimitedAsync(unpacking, limit, $"the {encoding}-decoded body", ct);
            }
            catch (InvalidDataException e)
            {
                throw new FetchRefusedException($"the {encoding} body is corrupt: {e.Message}");
            }
        }
        return body;
    }
}
