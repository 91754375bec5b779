using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage;
using OpenData.Ingest.Corrections;
using OpenData.Ingest.Maintenance;
using OpenData.Ingest.Offline;
using OpenData.Testing;

namespace OpenData.Ingest.Tests.Corrections;

public class CorrectionFileTests
{
    private const string Sha = "fafdbc0f5e63ca65f1f8ff8bbc5093ffe030d5e47039a4eb20bd34a470d5c125";

    private static readonly HashSet<string> Kommuner = ["2463", "0180"];

    private static CorrectionFileException Bad(string json, string? name = null)
    {
        using var folder = new TempFolder("correction");
        var path = Path.Combine(folder.Path, (name ?? Sha) + ".json");
        File.WriteAllText(path, json);
        return Assert.Throws<CorrectionFileException>(() => CorrectionFileReader.Read(path, Kommuner));
    }

    [Fact]
    public void A_good_file_overrides_the_fields_it_names_and_keeps_its_reason()
    {
        using var folder = new TempFolder("correction");
        var path = Path.Combine(folder.Path, Sha + ".json");
        File.WriteAllText(path, """{ "reason": "Fel år i rubriken.", "reviewedBy": "Anna Lindqvist", "kind": "lofte", "years": [2019, 2018], "kommuner": ["2463"] }""");
        var correction = CorrectionFileReader.Read(path, Kommuner);
        Assert.Equal(Sha, correction.Sha256);
        Assert.Equal([2018, 2019], correction.Years);
        Assert.Equal(["2463"], correction.Kommuner);
        Assert.Null(correction.Promises);
        Assert.Equal("Fel år i rubriken.", correction.Reason);
    }

    [Fact]
    public void An_unknown_kommunkod_is_an_error_naming_the_file_and_the_field()
    {
        var e = Bad("""{ "reason": "r", "reviewedBy": "x", "kommuner": ["9999"] }""");
        Assert.Equal("kommuner", e.Field);
        Assert.Contains($"data/corrections/{Sha}.json", e.Message);
        Assert.Contains("field \"kommuner\": unknown kommunkod 9999", e.Message);
    }

    [Fact]
    public void A_year_out_of_range_is_an_error_naming_the_field()
    {
        var e = Bad("""{ "reason": "r", "reviewedBy": "x", "years": [2017, 17] }""");
        Assert.Equal("years", e.Field);
        Assert.Contains("17 is not a year", e.Message);
    }

    [Fact]
    public void An_unknown_field_is_an_error_naming_it()
    {
        var e = Bad("""{ "reason": "r", "reviewedBy": "x", "yeras": [2017] }""");
        Assert.Equal("yeras", e.Field);
        Assert.Contains("unknown field", e.Message);
    }

    [Fact]
    public void A_missing_reason_or_reviewer_or_a_bad_name_is_an_error()
    {
        Assert.Equal("reason", Bad("""{ "reviewedBy": "x", "years": [2017] }""").Field);
        Assert.Equal("reviewedBy", Bad("""{ "reason": "r", "years": [2017] }""").Field);
        Assert.Contains("SHA-256", Bad("""{ "reason": "r", "reviewedBy": "x", "years": [2017] }""", "asele").Message);
        Assert.Contains("overrides nothing", Bad("""{ "reason": "r", "reviewedBy": "x" }""").Message);
        Assert.Equal("kind", Bad("""{ "reason": "r", "reviewedBy": "x", "kind": "löfte" }""").Field);
    }

    [Fact]
    public async Task A_bad_file_stops_reread_and_the_import_before_anything_is_written()
    {
        using var folder = new TempFolder("bad-correction");
        var data = DataCopy.Into(folder);
        var connection = folder.SqliteConnectionString();
        string before;
        await using (var services = IngestServices.Build(connection, dataRoot: data))
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            await services.GetRequiredService<OfflineHarvest>().RunAsync();
            before = await CountsAsync(services);
        }
        DataCopy.WriteCorrection(data, Sha, """{ "reason": "r", "reviewedBy": "x", "kommuner": ["9999"] }""");

        await using (var services = IngestServices.Build(connection, dataRoot: data))
        {
            var reread = Assert.Throws<CorrectionFileException>(() => services.GetRequiredService<DocumentRereader>());
            Assert.Contains("field \"kommuner\"", reread.Message);
            Assert.Throws<CorrectionFileException>(() => services.GetRequiredService<OfflineHarvest>());
            Assert.Equal(before, await CountsAsync(services));
        }
    }

    private static async Task<string> CountsAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        return string.Join(",", await db.Documents.CountAsync(), await db.Loften.CountAsync(), await db.Promises.CountAsync(), await db.Changes.CountAsync(),
            string.Join(";", await db.Documents.OrderBy(d => d.Id).Select(d => d.Fingerprint).ToListAsync()));
    }
}
