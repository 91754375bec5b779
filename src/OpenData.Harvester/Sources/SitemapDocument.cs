using System.IO.Compression;
using System.Xml;

namespace OpenData.Harvester.Sources;

/// <summary>
/// A sitemap (sitemaps.org 0.9): the page addresses of a &lt;urlset&gt;, or the sitemaps of a &lt;sitemapindex&gt;;
/// gzipped ones are unpacked within a limit. No DTDs, no external entities.
/// </summary>
public sealed record SitemapDocument(bool IsIndex, IReadOnlyList<Uri> Locations)
{
    public const long MaxUnpackedBytes = 50L * 1024 * 1024;

    public static SitemapDocument Parse(byte[] body)
    {
        using var stream = IsGzip(body) ? Unpack(body) : new MemoryStream(body, writable: false);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        var locations = new List<Uri>();
        var isIndex = false;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                if (reader.LocalName == "sitemapindex")
                {
                    isIndex = true;
                }
                else if (reader.LocalName == "loc" &&
                    Uri.TryCreate(reader.ReadElementContentAsString().Trim(), UriKind.Absolute, out var loc) &&
                    (loc.Scheme == Uri.UriSchemeHttps || loc.Scheme == Uri.UriSchemeHttp))
                {
                    locations.Add(loc);
                }
            }
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"not a sitemap: {e.Message}", e);
        }
        return new SitemapDocument(isIndex, locations);
    }

    private static bool IsGzip(byte[] body) => body.Length > 2 && body[0] == 0x1f && body[1] == 0x8b;

    private static MemoryStream Unpack(byte[] body)
    {
        using var gzip = new GZipStream(new MemoryStream(body, writable: false), CompressionMode.Decompress);
        var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = gzip.Read(buffer)) > 0)
        {
            if (output.Length + read > MaxUnpackedBytes)
            {
                throw new InvalidDataException($"the sitemap unpacks to more than {MaxUnpackedBytes:N0} bytes");
            }
            output.Write(buffer, 0, read);
        }
        output.Position = 0;
        return output;
    }
}
