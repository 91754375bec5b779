using System.Net;
using System.Text.Json;
using System.Xml.Linq;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Catalog;

/// <summary>
/// The DCAT-AP-SE catalog checked as dataportal.se's harvester would need it; no RDF library is at hand, so the RDF/XML
/// is checked as XML against the DCAT-AP-SE classes and properties it must carry.
/// </summary>
public class CatalogTests(RichDataServer api) : IClassFixture<RichDataServer>
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dcat = "http://www.w3.org/ns/dcat#";
    private static readonly XNamespace Dct = "http://purl.org/dc/terms/";
    private static readonly XNamespace Foaf = "http://xmlns.com/foaf/0.1/";
    private static readonly XNamespace Vcard = "http://www.w3.org/2006/vcard/ns#";

    private async Task<XDocument> CatalogAsync()
    {
        var response = await api.Client.GetAsync("/datasets/dcat");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/rdf+xml", response.Content.Headers.ContentType!.MediaType);
        // Well-formed XML, or this throws.
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static string? Resource(XElement property) => (string?)property.Attribute(Rdf + "resource");

    [Fact]
    public async Task The_catalog_is_rdf_xml_with_catalog_dataset_distributions_data_service_publisher_and_contact()
    {
        var rdf = (await CatalogAsync()).Root!;
        Assert.Equal(Rdf + "RDF", rdf.Name);

        var catalog = Assert.Single(rdf.Elements(Dcat + "Catalog"));
        foreach (var property in new[] { Dct + "title", Dct + "description", Dct + "publisher", Dct + "license", Dcat + "dataset", Dcat + "service" })
        {
            Assert.True(catalog.Elements(property).Any(), $"dcat:Catalog lacks {property}");
        }

        var dataset = Assert.Single(rdf.Elements(Dcat + "Dataset"));
        foreach (var property in new[] { Dct + "title", Dct + "description", Dct + "publisher", Dcat + "contactPoint", Dcat + "distribution", Dcat + "keyword", Dcat + "theme", Dct + "accessRights", Dct + "license" })
        {
            Assert.True(dataset.Elements(property).Any(), $"dcat:Dataset lacks {property}");
        }

        var distributions = rdf.Elements(Dcat + "Distribution").ToList();
        var downloads = distributions.SelectMany(d => d.Elements(Dcat + "downloadURL")).Select(Resource).ToList();
        Assert.Contains(api.Address.AbsoluteUri + "export/promises.csv", downloads);
        Assert.Contains(api.Address.AbsoluteUri + "export/loften.jsonl", downloads);
        Assert.All(distributions, d =>
        {
            Assert.NotNull(d.Element(Dcat + "accessURL"));
            Assert.NotNull(d.Element(Dct + "license"));
            Assert.NotNull(d.Element(Dct + "title"));
        });

        var services = rdf.Elements(Dcat + "DataService").ToList();
        Assert.Equal(2, services.Count);
        var service = Assert.Single(services, s => Resource(s.Element(Dcat + "endpointURL")!) == api.Address.AbsoluteUri + "graphql");
        Assert.All(services, s =>
        {
            Assert.Equal((string?)dataset.Attribute(Rdf + "about"), Resource(s.Element(Dcat + "servesDataset")!));
            Assert.NotNull(s.Element(Dct + "title"));
        });

        var publisher = Assert.Single(rdf.Elements(Foaf + "Agent"));
        Assert.False(string.IsNullOrWhiteSpace(publisher.Element(Foaf + "name")?.Value));
        // Mandatory from DCAT-AP-SE 3.0.1: the kind of publisher, from the ADMS publisher types.
        Assert.Equal("http://purl.org/adms/publishertype/NonGovernmentalOrganisation", Resource(publisher.Element(Dct + "type")!));
        var contact = Assert.Single(rdf.Elements(Vcard + "Organization"));
        Assert.False(string.IsNullOrWhiteSpace(contact.Element(Vcard + "fn")?.Value));
        Assert.Equal("mailto:opendata@example.org", Resource(contact.Element(Vcard + "hasEmail")!));
    }

    [Fact]
    public async Task The_rest_door_is_a_data_service_described_by_its_openapi_document()
    {
        var rdf = (await CatalogAsync()).Root!;
        var rest = Assert.Single(rdf.Elements(Dcat + "DataService"), s => Resource(s.Element(Dcat + "endpointURL")!) == api.Address.AbsoluteUri + "api/v1/");
        Assert.Equal(api.Address.AbsoluteUri + "api/v1/openapi.json", Resource(rest.Element(Dcat + "endpointDescription")!));
        var about = (string?)rest.Attribute(Rdf + "about");
        Assert.Contains(rdf.Elements(Dcat + "Catalog").Elements(Dcat + "service"), s => Resource(s) == about);
        Assert.Contains(rdf.Elements(Dcat + "Distribution").Elements(Dcat + "accessService"), s => Resource(s) == about);
    }

    [Fact]
    public async Task Each_release_is_a_version_of_the_dataset_whose_files_are_distributions_with_size_media_type_and_sha256()
    {
        // Asked for, the data as it is has its release.
        var index = JsonDocument.Parse(await api.Client.GetStringAsync("/export/releases/")).RootElement.GetProperty("releases");
        var newest = index[0];
        var rdf = (await CatalogAsync()).Root!;
        XNamespace spdx = "http://spdx.org/rdf/terms#";

        var dataset = Assert.Single(rdf.Elements(Dcat + "Dataset"));
        var versions = dataset.Elements(Dcat + "hasVersion").Select(v => Assert.Single(v.Elements(Dcat + "Dataset"))).ToList();
        Assert.Equal(index.GetArrayLength(), versions.Count);
        var version = Assert.Single(versions, v => (string?)v.Attribute(Rdf + "about") == newest.GetProperty("url").GetString());
        Assert.Equal(newest.GetProperty("id").GetString(), version.Element(Dcat + "version")!.Value);
        Assert.Equal((string?)dataset.Attribute(Rdf + "about"), Resource(version.Element(Dct + "isVersionOf")!));
        Assert.Equal(newest.GetProperty("releasedAt").GetDateTime(), DateTime.Parse(version.Element(Dct + "issued")!.Value, null, System.Globalization.DateTimeStyles.AdjustToUniversal));
        foreach (var property in new[] { Dct + "title", Dct + "description", Dct + "publisher", Dct + "license", Dcat + "contactPoint" })
        {
            Assert.True(version.Elements(property).Any(), $"the release's dcat:Dataset lacks {property}");
        }

        var distributions = version.Elements(Dcat + "distribution").Select(d => Assert.Single(d.Elements(Dcat + "Distribution"))).ToList();
        Assert.Equal(newest.GetProperty("files").GetArrayLength(), distributions.Count);
        foreach (var file in newest.GetProperty("files").EnumerateArray())
        {
            var url = file.GetProperty("url").GetString();
            var distribution = Assert.Single(distributions, d => Resource(d.Element(Dcat + "downloadURL")!) == url);
            Assert.Equal(file.GetProperty("bytes").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), distribution.Element(Dcat + "byteSize")!.Value);
            var checksum = distribution.Element(spdx + "checksum")!.Element(spdx + "Checksum")!;
            Assert.Equal("http://spdx.org/rdf/terms#checksumAlgorithm_sha256", Resource(checksum.Element(spdx + "algorithm")!));
            Assert.Equal(file.GetProperty("sha256").GetString(), checksum.Element(spdx + "checksumValue")!.Value);
            Assert.NotNull(distribution.Element(Dct + "issued"));
            Assert.NotNull(distribution.Element(Dct + "license"));
            var download = await api.Client.GetByteArrayAsync(url);
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(download)));
        }
        Assert.Contains(distributions, d => d.Element(Dcat + "mediaType") is { } type && Resource(type) == "https://www.iana.org/assignments/media-types/application/vnd.sqlite3");
    }

    [Fact]
    public async Task Titles_and_descriptions_are_in_swedish_and_english_and_every_literal_text_has_a_language()
    {
        var rdf = (await CatalogAsync()).Root!;
        foreach (var resource in rdf.Elements().Where(e => e.Name == Dcat + "Catalog" || e.Name == Dcat + "Dataset" || e.Name == Dcat + "DataService"))
        {
            foreach (var property in new[] { Dct + "title", Dct + "description" })
            {
                Assert.Equal(["en", "sv"], resource.Elements(property).Select(e => (string?)e.Attribute(XNamespace.Xml + "lang")).Order());
            }
        }
        Assert.All(rdf.Descendants().Where(e => e.Name == Dct + "title" || e.Name == Dct + "description" || e.Name == Dcat + "keyword"),
            e => Assert.Contains((string?)e.Attribute(XNamespace.Xml + "lang"), new[] { "sv", "en" }));
        Assert.Contains(rdf.Descendants(Dct + "title"), t => t.Value.Contains("Medborgarlöften", StringComparison.Ordinal));
        // Dates are typed literals.
        Assert.All(rdf.Descendants().Where(e => e.Name == Dct + "modified" || e.Name == Dct + "issued"),
            e => Assert.StartsWith("http://www.w3.org/2001/XMLSchema#date", (string?)e.Attribute(Rdf + "datatype")));
    }

    [Fact]
    public async Task Every_uri_is_absolute_and_every_address_of_this_service_resolves()
    {
        var rdf = (await CatalogAsync()).Root!;
        var uris = rdf.Descendants().SelectMany(e => new[] { (string?)e.Attribute(Rdf + "about"), (string?)e.Attribute(Rdf + "resource") }).OfType<string>().Distinct().ToList();
        var abouts = rdf.Elements().Select(e => (string?)e.Attribute(Rdf + "about")).OfType<string>().ToHashSet();
        foreach (var uri in uris)
        {
            Assert.True(Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" or "mailto", $"not an absolute URI: {uri}");
            if (!uri.StartsWith(api.Address.AbsoluteUri, StringComparison.Ordinal))
            {
                continue;
            }
            // A resource of this service: its document answers (the GraphQL endpoint asks for a query), and a
            // #fragment is described in this catalog.
            var response = await api.Client.GetAsync(new Uri(uri).GetLeftPart(UriPartial.Query));
            var expected = uri.EndsWith("/graphql", StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.OK;
            Assert.True(response.StatusCode == expected, $"{uri} answers {(int)response.StatusCode}");
            if (uri.Contains('#', StringComparison.Ordinal))
            {
                Assert.Contains(uri, abouts);
            }
        }
    }
}
