namespace OpenData.Api.Exports.Releases;

/// <summary>The files every release holds, by name, and their media types as served.</summary>
public static class ReleaseFiles
{
    public const string Csv = "promises.csv";

    public const string JsonLines = "loften.jsonl";

    public const string Sqlite = "medborgarloften.sqlite";

    public static string MediaTypeOf(string name) => name switch
    {
        Csv => PromiseCsv.ContentType,
        JsonLines => LofteJsonLines.ContentType,
        Sqlite => PublicDatabase.ContentType,
        DataPackage.FileName => DataPackage.ContentType,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a file of a release"),
    };
}
