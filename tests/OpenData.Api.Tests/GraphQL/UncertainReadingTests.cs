using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Fixtures;
using OpenData.Core.Model;
using OpenData.Ingest;
using OpenData.Ingest.Ingestion;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>A reading the reader was unsure of, served with its confidence and its reasons in Swedish.</summary>
public class UncertainReadingTests(UncertainReadingTests.Server server) : IClassFixture<UncertainReadingTests.Server>
{
    /// <summary>The archive, and one page of Alvesta's that states aims for 2025 but no commitment, through the real ingest path.</summary>
    public sealed class Server : ApiServer
    {
        protected override async Task SeedAsync(IServiceProvider services)
        {
            const string page = "<html><body><h1>Medborgarlöfte för Alvesta kommun 2025</h1><p>Vi vill minska brottsligheten och öka tryggheten i Alvesta.</p></body></html>";
            await services.GetRequiredService<DocumentIngester>().IngestAsync(new FetchedBody
            {
                Source = new SourceRef("polisen/alvesta", "https://polisen.se/om-polisen/medborgarloften/kronobergs-lan/alvesta/", SourceKind.PolisenLoftePage, "Polisen"),
                Content = Encoding.UTF8.GetBytes(page),
                ContentType = "text/html; charset=utf-8",
                FetchedAt = new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc),
                Url = "https://polisen.se/om-polisen/medborgarloften/kronobergs-lan/alvesta/",
                HttpStatus = 200,
            });
        }
    }

    [Fact]
    public async Task An_uncertain_reading_shows_its_confidence_and_why_and_a_certain_one_shows_none()
    {
        var data = await server.QueryAsync("""
            {
              alvesta: kommun(code: "0764") { loften { documents { confidence uncertain uncertainReasons { code text } correction { reason } } } }
              asele: kommun(code: "2463") { loften { documents { confidence uncertain uncertainReasons { code } } } }
            }
            """);
        var alvesta = data.GetProperty("alvesta").GetProperty("loften").EnumerateArray().SelectMany(l => l.GetProperty("documents").EnumerateArray()).Single();
        Assert.True(alvesta.GetProperty("uncertain").GetBoolean());
        Assert.True(alvesta.GetProperty("confidence").GetDouble() < 0.7);
        var reasons = alvesta.GetProperty("uncertainReasons").EnumerateArray().ToList();
        Assert.Equal(["GOALS_ONLY"], reasons.Select(r => r.GetProperty("code").GetString()));
        Assert.Equal("Texten anger mål och syften men inga åtaganden.", reasons[0].GetProperty("text").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, alvesta.GetProperty("correction").ValueKind);

        var asele = data.GetProperty("asele").GetProperty("loften").EnumerateArray().SelectMany(l => l.GetProperty("documents").EnumerateArray()).First();
        Assert.False(asele.GetProperty("uncertain").GetBoolean());
        Assert.Empty(asele.GetProperty("uncertainReasons").EnumerateArray());
    }
}
