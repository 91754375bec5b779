using System.Text;
using System.Xml;
using OpenData.Api.Exports.Releases;
using OpenData.Api.Features.Harvests;
using OpenData.Api.Http;

namespace OpenData.Api.Catalog;

/// <summary>/datasets/dcat: the DCAT-AP-SE catalog as RDF/XML, dated by the harvests, with the releases published so far.</summary>
public static class CatalogEndpoint
{
    public const string ContentType = "application/rdf+xml; charset=utf-8";

    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder app)
    {
        app.MapGet("/datasets/dcat", async (HttpContext http, DcatCatalog catalog, HarvestQueries harvests, ReleaseStore releases, PublicAddress address, CancellationToken ct) =>
        {
            var document = catalog.Describe(address.BaseFor(http.Request), await harvests.FirstStartedAsync(ct), (await harvests.LastFinishedAsync(ct))?.FinishedAt,
                releases.List());
            using var xml = new MemoryStream();
            await using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true, Async = true, Encoding = new UTF8Encoding(false) }))
            {
                await document.SaveAsync(writer, ct);
            }
            return Results.Bytes(xml.ToArray(), ContentType);
        });
        return app;
    }
}
