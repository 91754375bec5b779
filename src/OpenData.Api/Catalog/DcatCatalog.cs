using System.Globalization;
using System.Xml.Linq;
using OpenData.Api.Exports.Releases;
using OpenData.Api.Http;
using static OpenData.Api.Catalog.Rdf;

namespace OpenData.Api.Catalog;

/// <summary>
/// The service described in DCAT-AP-SE (RDF/XML), for dataportal.se to harvest: a catalog with one dataset, its
/// two bulk files as distributions, its dated releases as versions, the GraphQL endpoint and the REST door (/api/v1/, described by its OpenAPI
/// document) as data services, licence, publisher with its DCAT-AP-SE 3.0.1 type, contact, and
/// titles and descriptions in Swedish and English. Every resource of this service has an address that resolves.
/// </summary>
public sealed class DcatCatalog(CatalogSettings settings)
{
    /// <param name="baseUri">The service's public address, ending in a slash.</param>
    /// <param name="issued">When the data was first published (the first harvest).</param>
    /// <param name="modified">When it last changed (the last harvest).</param>
    /// <param name="releases">The dated releases, newest first: versions of the dataset (<see cref="DcatReleases"/>).</param>
    public XDocument Describe(Uri baseUri, DateTime? issued, DateTime? modified, IReadOnlyList<ReleaseManifest> releases)
    {
        string At(string path) => PublicAddress.Link(baseUri, path);
        var catalog = At("datasets/dcat");
        var dataset = catalog + "#dataset";
        var service = catalog + "#graphql";
        var rest = catalog + "#rest";
        var publisher = settings.PublisherUrl ?? catalog + "#publisher";
        var contact = catalog + "#contact";
        var distributions = new[]
        {
            (Id: catalog + "#promises-csv", Path: "export/promises.csv", Format: "CSV", MediaType: "https://www.iana.org/assignments/media-types/text/csv",
                Sv: "Alla löften som CSV, ett löfte per rad", En: "Every promise as CSV, one per row"),
            (Id: catalog + "#loften-jsonl", Path: "export/loften.jsonl", Format: "JSON", MediaType: (string?)null,
                Sv: "Alla medborgarlöften som JSON Lines, ett löfte med sina åtaganden per rad", En: "Every medborgarlöfte as JSON Lines, one with its promises per line"),
        };
        var dates = new List<XElement>();
        if (issued is { } i)
        {
            dates.Add(Typed(Dct + "issued", "date", i.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        if (modified is { } m)
        {
            dates.Add(Typed(Dct + "modified", "dateTime", m.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        }
        var common = new[]
        {
            Ref(Dct + "publisher", publisher),
            Ref(Dct + "license", settings.License),
            Ref(Dct + "accessRights", EuAuthority + "access-right/PUBLIC"),
        };

        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(RdfNs + "RDF",
            new XAttribute(XNamespace.Xmlns + "rdf", RdfNs), new XAttribute(XNamespace.Xmlns + "dcat", Dcat), new XAttribute(XNamespace.Xmlns + "dct", Dct),
            new XAttribute(XNamespace.Xmlns + "foaf", Foaf), new XAttribute(XNamespace.Xmlns + "vcard", Vcard), DcatReleases.Namespace,
            new XElement(Dcat + "Catalog", About(catalog),
                SvEn(Dct + "title", "Medborgarlöften i Sverige", "Citizen promises (medborgarlöften) in Sweden"),
                SvEn(Dct + "description",
                    "Katalog över öppna data om medborgarlöften: de löften som Polisen och kommunerna ger varandra och invånarna.",
                    "Catalog of open data on medborgarlöften: the promises Polisen and the kommuner (municipalities) make each other and their residents."),
                Ref(Dct + "publisher", publisher),
                Ref(Dct + "license", settings.License),
                Ref(Dct + "language", EuAuthority + "language/SWE"),
                Ref(Foaf + "homepage", baseUri.AbsoluteUri),
                dates,
                Ref(Dcat + "dataset", dataset),
                Ref(Dcat + "service", service),
                Ref(Dcat + "service", rest)),
            new XElement(Dcat + "Dataset", About(dataset),
                SvEn(Dct + "title", "Medborgarlöften", "Medborgarlöften (citizen promises of Polisen and the kommuner)"),
                SvEn(Dct + "description",
                    "Varje medborgarlöfte som Polisen och en kommun har publicerat, med alla åtaganden: vem som lovar, tema, mätbara mål och platser, " +
                    "samt för varje uppgift den sida eller fil den lästes från (adress, tid och SHA-256) och en arkiverad kopia.",
                    "Every medborgarlöfte Polisen and a kommun have published, with each promise: who makes it, its themes, numeric targets and places, " +
                    "and for each fact the page or file it was read from (address, time and SHA-256) and an archived copy."),
                SvEn(Dcat + "keyword", "medborgarlöften", "citizen promises"),
                SvEn(Dcat + "keyword", "polisen", "police"),
                SvEn(Dcat + "keyword", "kommuner", "municipalities"),
                SvEn(Dcat + "keyword", "trygghet", "public safety"),
                Ref(Dcat + "theme", EuAuthority + "data-theme/JUST"),
                Ref(Dcat + "theme", EuAuthority + "data-theme/GOVE"),
                Ref(Dct + "spatial", EuAuthority + "country/SWE"),
                Ref(Dct + "language", EuAuthority + "language/SWE"),
                Ref(Dct + "accrualPeriodicity", EuAuthority + "frequency/WEEKLY"),
                Ref(Dcat + "landingPage", baseUri.AbsoluteUri),
                Ref(Dcat + "contactPoint", contact),
                common,
                dates,
                distributions.Select(d => Ref(Dcat + "distribution", d.Id)),
                Ref(Dcat + "distribution", service + "-distribution"),
                Ref(Dcat + "distribution", rest + "-distribution"),
                DcatReleases.Versions(releases, baseUri, dataset, common, contact)),
            distributions.Select(d => new XElement(Dcat + "Distribution", About(d.Id),
                SvEn(Dct + "title", d.Sv, d.En),
                Ref(Dcat + "accessURL", At(d.Path)),
                Ref(Dcat + "downloadURL", At(d.Path)),
                Ref(Dct + "format", EuAuthority + "file-type/" + d.Format),
                d.MediaType is null ? null : Ref(Dcat + "mediaType", d.MediaType),
                Ref(Dct + "license", settings.License),
                dates.Where(e => e.Name == Dct + "modified"))),
            new XElement(Dcat + "Distribution", About(service + "-distribution"),
                SvEn(Dct + "title", "Frågor via GraphQL-API:t", "Queries through the GraphQL API"),
                Ref(Dcat + "accessURL", At("graphql")),
                Ref(Dcat + "accessService", service),
                Ref(Dct + "license", settings.License)),
            new XElement(Dcat + "DataService", About(service),
                SvEn(Dct + "title", "GraphQL-API för medborgarlöften", "GraphQL API for medborgarlöften"),
                SvEn(Dct + "description",
                    "GraphQL över HTTP: kommuner, löften och åtaganden med filter, sortering och sidindelning, fritextsökning på svenska, jämförelser, täckning per år och en ändringslogg.",
                    "GraphQL over HTTP: kommuner, löften and promises with filters, ordering and paging, Swedish full-text search, comparisons, coverage by year and a change feed."),
                Ref(Dcat + "endpointURL", At("graphql")),
                Ref(Dcat + "endpointDescription", At("graphql/schema.graphql")),
                Ref(Dcat + "servesDataset", dataset),
                Ref(Dcat + "contactPoint", contact),
                common),
            new XElement(Dcat + "Distribution", About(rest + "-distribution"),
                SvEn(Dct + "title", "Frågor via REST-API:t", "Queries through the REST API"),
                Ref(Dcat + "accessURL", At("api/v1/")),
                Ref(Dcat + "accessService", rest),
                Ref(Dct + "license", settings.License)),
            new XElement(Dcat + "DataService", About(rest),
                SvEn(Dct + "title", "REST-API för medborgarlöften", "REST API for medborgarlöften"),
                SvEn(Dct + "description",
                    "REST över HTTP enligt DIGG:s REST-profil, beskrivet med OpenAPI 3.1: kommuner, löften och åtaganden med samma filter som GraphQL-API:t, ändringsloggen och bulkfilerna.",
                    "REST over HTTP following DIGG's REST profile, described in OpenAPI 3.1: kommuner, löften and promises with the same filters as the GraphQL API, the change feed and the bulk files."),
                Ref(Dcat + "endpointURL", At("api/v1/")),
                Ref(Dcat + "endpointDescription", At("api/v1/openapi.json")),
                Ref(Dcat + "servesDataset", dataset),
                Ref(Dcat + "contactPoint", contact),
                common),
            new XElement(Foaf + "Agent", About(publisher),
                new XElement(Foaf + "name", settings.PublisherName),
                Ref(Dct + "type", PublisherTypes + settings.PublisherType),
                Ref(Foaf + "homepage", settings.PublisherUrl ?? baseUri.AbsoluteUri)),
            new XElement(Vcard + "Organization", About(contact),
                new XElement(Vcard + "fn", settings.ContactName),
                settings.ContactEmail is { Length: > 0 } email ? Ref(Vcard + "hasEmail", "mailto:" + email) : null,
                Ref(Vcard + "hasURL", baseUri.AbsoluteUri))));
    }
}
