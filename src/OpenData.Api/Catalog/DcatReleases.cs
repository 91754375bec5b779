using System.Globalization;
using System.Xml.Linq;
using OpenData.Api.Exports.Releases;
using OpenData.Api.Http;
using static OpenData.Api.Catalog.Rdf;

namespace OpenData.Api.Catalog;

/// <summary>
/// The dated releases in the catalog, as DCAT 3 and DCAT-AP 3.0.1 (which DCAT-AP-SE 3.0.1 profiles) model versions: a
/// release is the data set as it was at one time, so each is a dataset of its own, a version of the main one
/// (dcat:hasVersion from it, dct:isVersionOf back, dcat:version its id, dct:issued its time), and its files are that
/// version's distributions, each with its download address, media type, size and SHA-256 (spdx:Checksum). A
/// distribution is one form of the same data, never an older state of it, so the releases are not distributions of
/// the main dataset. Each is written inside the property that links it, as RDF/XML allows.
/// </summary>
internal static class DcatReleases
{
    private static readonly XNamespace Spdx = "http://spdx.org/rdf/terms#";

    private const string MediaTypes = "https://www.iana.org/assignments/media-types/";

    public static XAttribute Namespace => new(XNamespace.Xmlns + "spdx", Spdx);

    /// <summary>The dcat:hasVersion of the main dataset, one per release, newest first.</summary>
    public static IEnumerable<XElement> Versions(IReadOnlyList<ReleaseManifest> releases, Uri baseUri, string dataset, IEnumerable<XElement> common, string contact) =>
        releases.Select(release =>
        {
            var view = ReleaseEndpoints.ViewOf(release, baseUri);
            var issued = Typed(Dct + "issued", "dateTime", Instants.Iso(release.ReleasedAt));
            return new XElement(Dcat + "hasVersion", new XElement(Dcat + "Dataset", About(view.Url),
                SvEn(Dct + "title", $"Medborgarlöften, utgåva {release.Id}", $"Medborgarlöften, release {release.Id}"),
                SvEn(Dct + "description",
                    $"Hela datamängden som den var {release.Id}: en utgåva som aldrig ändras, att citera och ladda ned.",
                    $"The whole data set as it was at {release.Id}: a release that never changes, to cite and download."),
                new XElement(Dcat + "version", release.Id),
                Ref(Dct + "isVersionOf", dataset),
                issued,
                Ref(Dcat + "contactPoint", contact),
                common,
                view.Files.Select(file => new XElement(Dcat + "distribution", new XElement(Dcat + "Distribution", About(file.Url),
                    SvEn(Dct + "title", $"{file.Name}, utgåva {release.Id}", $"{file.Name}, release {release.Id}"),
                    Ref(Dcat + "accessURL", file.Url),
                    Ref(Dcat + "downloadURL", file.Url),
                    FormatOf(file.Name),
                    IanaMediaType(file.MediaType) is { } mediaType ? Ref(Dcat + "mediaType", mediaType) : null,
                    Typed(Dcat + "byteSize", "nonNegativeInteger", file.Bytes.ToString(CultureInfo.InvariantCulture)),
                    new XElement(Spdx + "checksum", new XElement(Spdx + "Checksum",
                        Ref(Spdx + "algorithm", Spdx.NamespaceName + "checksumAlgorithm_sha256"),
                        Typed(Spdx + "checksumValue", "hexBinary", file.Sha256))),
                    new XElement(issued),
                    common.Where(e => e.Name == Dct + "license"))))));
        });

    /// <summary>The EU file type, where the authority table has one.</summary>
    private static XElement? FormatOf(string name) => Path.GetExtension(name) switch
    {
        ".csv" => Ref(Dct + "format", EuAuthority + "file-type/CSV"),
        ".json" or ".jsonl" => Ref(Dct + "format", EuAuthority + "file-type/JSON"),
        _ => null,
    };

    /// <summary>The IANA media type's address; none for JSON Lines, which IANA has not registered.</summary>
    private static string? IanaMediaType(string contentType)
    {
        var type = contentType.Split(';')[0].Trim();
        return type == "application/jsonl" ? null : MediaTypes + type;
    }
}
