using System.Xml.Linq;

namespace OpenData.Api.Catalog;

/// <summary>The vocabularies the DCAT-AP-SE catalog is written in, and helpers to write RDF/XML with them.</summary>
internal static class Rdf
{
    public static readonly XNamespace RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Dcat = "http://www.w3.org/ns/dcat#";
    public static readonly XNamespace Dct = "http://purl.org/dc/terms/";
    public static readonly XNamespace Foaf = "http://xmlns.com/foaf/0.1/";
    public static readonly XNamespace Vcard = "http://www.w3.org/2006/vcard/ns#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    /// <summary>The EU Publications Office authority tables that DCAT-AP-SE asks for.</summary>
    public const string EuAuthority = "http://publications.europa.eu/resource/authority/";

    /// <summary>The ADMS publisher types that DCAT-AP-SE 3.0.1 takes the publisher's dct:type from.</summary>
    public const string PublisherTypes = "http://purl.org/adms/publishertype/";

    public static XAttribute About(string uri) => new(RdfNs + "about", uri);

    /// <summary>A property whose value is another resource.</summary>
    public static XElement Ref(XName property, string uri) => new(property, new XAttribute(RdfNs + "resource", uri));

    /// <summary>A literal in a language: title and description come in Swedish and English.</summary>
    public static XElement Text(XName property, string language, string text) => new(property, new XAttribute(XNamespace.Xml + "lang", language), text);

    /// <summary>A typed literal: dates as xsd:date or xsd:dateTime.</summary>
    public static XElement Typed(XName property, string xsdType, string value) => new(property, new XAttribute(RdfNs + "datatype", Xsd + xsdType), value);

    public static IEnumerable<XElement> SvEn(XName property, string sv, string en) => [Text(property, "sv", sv), Text(property, "en", en)];
}
