using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Fixtures;
using OpenData.Ingest.Maintenance;
using OpenData.Testing;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>A reviewed correction file read by the offline import, and one added later applied by `reread`: both served as corrected by hand.</summary>
public class HandCorrectionTests
{
    private const string AseleQuery = """
        {
          kommun(code: "2463") {
            loften { key years promises { text } documents { kind changedAt confidence uncertain uncertainReasons { code text } correction { reason reviewedBy } } }
          }
          changes(since: "2000-01-01T00:00:00Z", first: 100) { edges { node { kind after lofte { key } } } }
        }
        """;

    internal static void AssertCorrected(JsonElement data)
    {
        var loften = data.GetProperty("kommun").GetProperty("loften").EnumerateArray().ToList();
        var corrected = Assert.Single(loften, l => l.GetProperty("key").GetString() == "2463/2017-2018");
        Assert.Equal([2017, 2018], corrected.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal(
            ["Polisen genomför trafikkontroller vid skolorna varje termin.", "Kommunen och polisen genomför trygghetsvandringar i centrum två gånger per år."],
            corrected.GetProperty("promises").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        var document = Assert.Single(corrected.GetProperty("documents").EnumerateArray());
        var correction = document.GetProperty("correction");
        Assert.Equal(CorrectedArchiveServer.Reason, correction.GetProperty("reason").GetString());
        Assert.Equal(CorrectedArchiveServer.ReviewedBy, correction.GetProperty("reviewedBy").GetString());
        // A person answered the reader's doubts: the reading is no longer flagged.
        Assert.False(document.GetProperty("uncertain").GetBoolean());
        Assert.Equal(1.0, document.GetProperty("confidence").GetDouble());
        var feed = data.GetProperty("changes").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var recorded = Assert.Single(feed, c => c.GetProperty("kind").GetString() == "READING_CORRECTED" && c.GetProperty("lofte").GetProperty("key").GetString() == "2463/2017-2018");
        Assert.Contains(CorrectedArchiveServer.Reason, recorded.GetProperty("after").GetString());
        Assert.Contains(CorrectedArchiveServer.ReviewedBy, recorded.GetProperty("after").GetString());
    }

    public sealed class ByTheOfflineImport(CorrectedArchiveServer server) : IClassFixture<CorrectedArchiveServer>
    {
        [Fact]
        public async Task A_correction_file_present_at_the_import_is_served_as_corrected_by_hand_with_its_reason()
        {
            AssertCorrected(await server.QueryAsync(AseleQuery));
        }
    }

    public sealed class ByReread(UncorrectedCopyServer server) : IClassFixture<UncorrectedCopyServer>
    {
        [Fact]
        public async Task A_correction_file_added_after_the_import_is_applied_by_reread_and_served()
        {
            var before = await server.QueryAsync(AseleQuery);
            var loften = before.GetProperty("kommun").GetProperty("loften").EnumerateArray().ToList();
            Assert.Contains(loften, l => l.GetProperty("key").GetString() == "2463/2017");
            Assert.All(loften.SelectMany(l => l.GetProperty("documents").EnumerateArray()), d => Assert.Equal(JsonValueKind.Null, d.GetProperty("correction").ValueKind));

            DataCopy.WriteCorrection(server.DataCopyRoot, CorrectedArchiveServer.AseleSha, CorrectedArchiveServer.Correction);
            await using (var reread = IngestServices.Build(server.Database.ConnectionString, server.Database.Provider, server.DataCopyRoot))
            {
                var result = await reread.GetRequiredService<DocumentRereader>().RunAsync();
                Assert.Contains(result.Items, i => i.Outcome == Rereading.Outcome.Reread);
            }

            var after = await server.QueryAsync(AseleQuery);
            AssertCorrected(after);
            // The correction changed what the document says, so its data changed then, not when the page was fetched.
            var fetched = DocumentsChangedAt(before).Max();
            var corrected = DocumentsChangedAt(after, "2463/2017-2018").Single();
            Assert.True(corrected > fetched, $"changedAt {corrected:O} should be after the fetch {fetched:O}");
        }

        private static IEnumerable<DateTime> DocumentsChangedAt(JsonElement data, string? key = null) =>
            data.GetProperty("kommun").GetProperty("loften").EnumerateArray()
                .Where(l => key is null || l.GetProperty("key").GetString() == key)
                .SelectMany(l => l.GetProperty("documents").EnumerateArray())
                .Select(d => d.GetProperty("changedAt").GetDateTime());
    }
}
