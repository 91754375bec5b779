namespace OpenData.Api.Catalog;

/// <summary>
/// Who publishes the data and how to reach them, for the DCAT-AP-SE catalog; bound from <c>OpenData:Catalog</c>.
/// dataportal.se requires a contact e-mail: set <see cref="ContactEmail"/> where the service is published.
/// </summary>
public sealed class CatalogSettings
{
    public const string Section = "OpenData:Catalog";

    public string PublisherName { get; set; } = "OpenData medborgarlöften";

    /// <summary>The publisher's own web address; the service's address when not set.</summary>
    public string? PublisherUrl { get; set; }

    /// <summary>
    /// The kind of publisher (dct:type, mandatory from DCAT-AP-SE 3.0.1), one of the ADMS publisher types
    /// (http://purl.org/adms/publishertype/…): a non-governmental organisation by default, as the service is not an
    /// authority's own; a kommun or an authority publishing it sets LocalAuthority, NationalAuthority and so on.
    /// </summary>
    public string PublisherType { get; set; } = "NonGovernmentalOrganisation";

    public string ContactName { get; set; } = "OpenData medborgarlöften";

    /// <summary>Where questions about the data go. Without it the contact point gives the service's address only.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>The licence of the compiled data: CC0 1.0 by default, as the reference data it is built on.</summary>
    public string License { get; set; } = "http://creativecommons.org/publicdomain/zero/1.0/";

    public static CatalogSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<CatalogSettings>() ?? new CatalogSettings();
}
