using System.Text.Json;

namespace OpenData.Ingest.Reading.Themes.Evaluation;

/// <summary>A promise of a gold case (NAME.expected.json in the contract's shape), with the themes it should get.</summary>
public sealed record GoldPromise(string Case, string Text, IReadOnlySet<string> Themes)
{
    /// <summary>Every promise of every NAME.expected.json in a folder, case by case in name order.</summary>
    public static IReadOnlyList<GoldPromise> ReadAll(string casesDirectory)
    {
        if (!Directory.Exists(casesDirectory))
        {
            throw new DirectoryNotFoundException($"no cases folder at '{casesDirectory}'");
        }
        var files = Directory.GetFiles(casesDirectory, "*.expected.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidDataException($"'{casesDirectory}' holds no *.expected.json cases");
        }
        return files.SelectMany(Read).ToList();
    }

    private static IEnumerable<GoldPromise> Read(string file)
    {
        var name = Path.GetFileName(file)[..^".expected.json".Length];
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file} is not JSON: {e.Message}", e);
        }
        using (json)
        {
            if (!json.RootElement.TryGetProperty("promises", out var promises) || promises.ValueKind != JsonValueKind.Array)
            {
                return [];
            }
            return promises.EnumerateArray()
                .Select(p => new GoldPromise(
                    name,
                    p.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "",
                    p.TryGetProperty("themes", out var themes) && themes.ValueKind == JsonValueKind.Array
                        ? themes.EnumerateArray().Select(t => t.GetString() ?? "").ToHashSet(StringComparer.Ordinal)
                        : new HashSet<string>(StringComparer.Ordinal)))
                .ToList();
        }
    }
}
