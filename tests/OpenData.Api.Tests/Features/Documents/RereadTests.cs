using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage;
using OpenData.Ingest.Reading;
using OpenData.Ingest.Maintenance;
using OpenData.Testing;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Features.Documents;

/// <summary>
/// A database that an older extractor filled, brought up to date by `reread` while the API serves it: users see
/// the new reading, with the extractor that made it and when.
/// </summary>
public class RereadTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task After_a_reread_the_api_serves_the_new_reading_and_says_which_extractor_made_it()
    {
        var contexts = api.Services.GetRequiredService<IDbContextFactory<OpenDataContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var promise = await db.Promises.Include(p => p.Document).SingleAsync(p => p.Text.Contains("minst 4 riktade trafikinsatser"));
            promise.Text = promise.Text.Replace("minst 4", "minst 3", StringComparison.Ordinal);
            promise.Document!.Fingerprint = "read by extract-1";
            await db.SaveChangesAsync();
            await db.Documents.ExecuteUpdateAsync(d => d.SetProperty(x => x.ExtractorVersion, "extract-1"));
        }

        await using (var ingest = IngestServices.Build(api.Database.ConnectionString, api.Database.Provider))
        {
            await ingest.GetRequiredService<DocumentRereader>().RunAsync();
        }

        var kommun = (await api.QueryAsync("""
            { kommun(code: "2463") { loften { promises { text } documents { extractorVersion readAt snapshot { sha256 } } } } }
            """)).GetProperty("kommun");
        var lofte = Assert.Single(kommun.GetProperty("loften").EnumerateArray());
        Assert.Contains(lofte.GetProperty("promises").EnumerateArray(), p => p.GetProperty("text").GetString()!.Contains("minst 4 riktade"));
        var documents = lofte.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(documents.Count, documents.Select(d => d.GetProperty("snapshot").GetProperty("sha256").GetString()).Distinct().Count());
        Assert.All(documents, d => Assert.Equal(Extractor.Version, d.GetProperty("extractorVersion").GetString()));
        Assert.All(documents, d => Assert.True(d.GetProperty("readAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-5)));
    }
}
