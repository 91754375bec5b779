using OpenData.Api.Exports;

namespace OpenData.Api.Rest;

/// <summary>/api/v1/bulk-files: where everything can be downloaded at once, and how old each file is.</summary>
public static class BulkFilesEndpoints
{
    /// <summary>A bulk file: its address, media type and when it was last written from the data.</summary>
    public sealed record BulkFile(string Name, string Url, string ContentType, DateTime? LastModified);

    public static RouteGroupBuilder MapBulkFiles(this RouteGroupBuilder api)
    {
        api.MapGet("/bulk-files", async (ExportFiles files, CancellationToken ct) =>
            {
                var csv = await files.CurrentAsync("promises.csv", PromiseCsv.WriteAsync, ct);
                var jsonl = await files.CurrentAsync("loften.jsonl", LofteJsonLines.WriteAsync, ct);
                return TypedResults.Ok(new List<BulkFile>
                {
                    new("promises.csv", "/export/promises.csv", PromiseCsv.ContentType, csv.LastModified?.UtcDateTime),
                    new("loften.jsonl", "/export/loften.jsonl", LofteJsonLines.ContentType, jsonl.LastModified?.UtcDateTime),
                });
            })
            .WithName("listBulkFiles").WithSummary("Hela datamängden som filer / The whole data set as files");
        return api;
    }
}
