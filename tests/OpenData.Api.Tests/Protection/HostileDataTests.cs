using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Model;
using OpenData.Core.Storage;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Protection;

/// <summary>
/// Data a hostile or careless publisher can leave in the database through the harvester: a löfte with far more
/// promises than any real one, promise texts a spreadsheet would run as formulas, a Content-Type header with a
/// character HTTP cannot send back.
/// </summary>
public class HostileDataServer : ApiServer
{
    public const string Crowded = "0114";
    public const int CrowdedPromises = 300;
    public const string Formulas = "0115";

    public static readonly string[] FormulaTexts =
    [
        "=HYPERLINK(\"https://example.invalid/\",\"Läs mer\")",
        "+46 70 123 45 67 är numret till kommunpolisen.",
        "-Polisen lovar att synas i centrum.",
        "@SUM(A1:A9)",
        "'Trygghet' är ordet, sa kommunpolisen.",
        "\tPolisen lovar att börja med en tabb.",
    ];

    public const string SentContentType = "text/html; charset=utf-8; note=\"håbo\"";

    public string FormulaSnapshotSha { get; private set; } = "";

    protected override IEnumerable<string> Settings => ["--OpenData:Api:MaxAnswerValues", "200"];

    protected override async Task SeedAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        await RichData.WriteAsync(db, new RichData.TestLofte([Crowded], [2025], LofteStatus.Current,
            [.. Enumerable.Range(1, CrowdedPromises).Select(n => ($"Polisen lovar punkt {n} av sidans lista.", new[] { "narvaro" }, new[] { Actor.Polis }))]));
        var formulas = await RichData.WriteAsync(db, new RichData.TestLofte([Formulas], [2025], LofteStatus.Current,
            [.. FormulaTexts.Select(text => (text, new[] { "dialog" }, new[] { Actor.Polis }))]));
        var snapshot = await db.Snapshots.SingleAsync(s => s.Id == formulas.Documents[0].Document!.SnapshotId);
        snapshot.ContentType = SentContentType;
        await db.SaveChangesAsync();
        FormulaSnapshotSha = snapshot.Sha256!;
    }
}

public class HostileDataTests(HostileDataServer api) : IClassFixture<HostileDataServer>
{
    [Fact]
    public async Task A_query_within_the_estimate_is_stopped_when_its_lists_hold_more_than_expected()
    {
        // Within the estimate (a löfte counts at 10 promises), far beyond it in what the crowded löfte really holds.
        var (response, body) = await api.PostAsync(
            $$"""{ loften(first: 1, where: { kommun: { eq: "{{HostileDataServer.Crowded}}" } }) { nodes { promises { text } } } }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.StartsWith("The answer grew to more than 200 values and was stopped", error.GetProperty("message").GetString());
        Assert.Equal("ANSWER_TOO_LARGE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(!body.TryGetProperty("data", out var data) || data.ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.Equal(13, body.GetProperty("extensions").GetProperty("cost").GetProperty("estimatedFields").GetInt32());

        // The same löfte's first page of promises is answered.
        var page = await api.QueryAsync($$"""{ promises(first: 20, where: { kommun: { eq: "{{HostileDataServer.Crowded}}" } }) { nodes { text } } }""");
        Assert.Equal(20, page.GetProperty("promises").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Csv_cells_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe_and_read_back_to_the_text()
    {
        var csv = await api.Client.GetStringAsync("/export/promises.csv");
        var cells = CsvReader.Parse(csv).Where(r => r["kommun_codes"] == HostileDataServer.Formulas).Select(r => r["text"]).ToList();

        Assert.Equal(HostileDataServer.FormulaTexts.Length, cells.Count);
        Assert.All(cells, cell => Assert.StartsWith("'", cell));
        // How a reader gets the text back, as the README says: drop the one leading apostrophe.
        Assert.Equal(HostileDataServer.FormulaTexts, cells.Select(cell => cell[1..]));
        // Texts that start harmlessly are written as they are.
        Assert.Contains(CsvReader.Parse(csv), r => r["text"] == "Polisen lovar punkt 1 av sidans lista.");
    }

    [Fact]
    public async Task A_body_whose_stored_content_type_has_a_non_ascii_byte_is_served_with_its_media_type_and_charset()
    {
        var response = await api.Client.GetAsync("/archive/" + api.FormulaSnapshotSha);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("Medborgarlöfte", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_archive_answers_HEAD_with_the_headers_of_GET_and_loads_nothing_from_anywhere()
    {
        using var head = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/archive/" + api.FormulaSnapshotSha));
        using var get = await api.Client.GetAsync("/archive/" + api.FormulaSnapshotSha);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        var policy = get.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("sandbox", policy);
        Assert.Contains("default-src 'none'", policy);
    }
}
