using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenData.Api.Exports;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Testing;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Exports;

/// <summary>The rich data, with the log an operator would read: each export written says so.</summary>
public class LoggedExportServer : RichDataServer
{
    public LogCapture Log { get; } = new();

    protected override IEnumerable<string> Settings => [.. base.Settings, "--Logging:LogLevel:" + typeof(ExportFiles).FullName, "Information"];

    protected override void Configure(WebApplicationBuilder builder) => builder.Logging.AddProvider(Log);

    /// <summary>A löfte of one promise for a kommun, as a harvest would store it: a new version of the data.</summary>
    public async Task AddLofteAsync(string kommun, string promise)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        await RichData.WriteAsync(db, new RichData.TestLofte([kommun], [2026], LofteStatus.Current, [(promise, ["narvaro"], [Actor.Polis])]));
    }

    /// <summary>How many times the file has been written since the server started.</summary>
    public int Written(string name) => Log.Messages(typeof(ExportFiles).FullName!).Count(m => m.StartsWith($"Export {name} written", StringComparison.Ordinal));
}

/// <summary>The bulk files are written once per version of the data, not once per request.</summary>
public class ExportFileTests(LoggedExportServer api) : IClassFixture<LoggedExportServer>
{
    [Fact]
    public async Task Requests_for_an_unchanged_file_parallel_ones_a_304_and_a_HEAD_among_them_write_it_once()
    {
        // New data, so that the file must be written again whatever the tests before asked.
        await api.AddLofteAsync("0136", "Polisen lovar att synas vid Haninge centrum på fredagar.");
        var before = api.Written("loften.jsonl");
        var parallel = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.Client.GetAsync("/export/loften.jsonl")));
        Assert.All(parallel, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var etag = parallel[0].Headers.ETag!;
        Assert.All(parallel, r => Assert.Equal(etag, r.Headers.ETag));

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/export/loften.jsonl");
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await api.Client.SendAsync(conditional)).StatusCode);
        using var head = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/export/loften.jsonl"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(etag, head.Headers.ETag);
        Assert.Equal(parallel[0].Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        Assert.Equal(before + 1, api.Written("loften.jsonl"));
    }

    [Fact]
    public async Task The_files_every_client_shares_link_to_the_server_whatever_Host_a_request_names()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/loften.jsonl");
        request.Headers.Host = "evil.example";
        var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"archiveUrl\":\"" + api.Address + "archive/", body);
        Assert.DoesNotContain("evil.example", body);
    }

    [Fact]
    public async Task A_change_to_the_data_writes_the_file_again_once()
    {
        var first = await api.Client.GetAsync("/export/promises.csv");
        var written = api.Written("promises.csv");
        await api.AddLofteAsync("0138", "Polisen lovar kvällsnärvaro vid Tyresö centrum.");

        var second = await api.Client.GetAsync("/export/promises.csv");
        var third = await api.Client.GetAsync("/export/promises.csv");

        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(second.Headers.ETag, third.Headers.ETag);
        Assert.Contains("kvällsnärvaro vid Tyresö centrum", await third.Content.ReadAsStringAsync());
        Assert.Equal(written + 1, api.Written("promises.csv"));
    }
}
