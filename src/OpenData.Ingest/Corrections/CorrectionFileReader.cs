using System.Text.Json;
using System.Text.RegularExpressions;
using OpenData.Core.Model;

namespace OpenData.Ingest.Corrections;

/// <summary>
/// Reads and checks one correction file (data/corrections/&lt;sha256&gt;.json). Every problem is an error naming the
/// file and the field: an unknown field, a kommunkod that is no kommun's, a year out of range, a missing reason.
/// </summary>
public static partial class CorrectionFileReader
{
    public const int FirstYear = 1990;
    public const int LastYear = 2100;

    private static readonly string[] Overrides = ["kind", "years", "kommuner", "promises"];
    private static readonly HashSet<string> Known = ["sha256", "reason", "reviewedBy", .. Overrides];

    /// <param name="path">The file; its name is the SHA-256 of the archived body it corrects.</param>
    /// <param name="kommunCodes">Every kommunkod of the reference table.</param>
    public static ReadingCorrection Read(string path, IReadOnlySet<string> kommunCodes)
    {
        var file = Path.Combine("data", "corrections", Path.GetFileName(path));
        var sha = Path.GetFileNameWithoutExtension(path);
        if (!Sha256().IsMatch(sha))
        {
            throw new CorrectionFileException(file, null, "the file's name must be the SHA-256 of the archived body it corrects (64 lower-case hex digits) and .json");
        }
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            root = json.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new CorrectionFileException(file, null, $"not JSON: {e.Message}");
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CorrectionFileException(file, null, "must be a JSON object");
        }
        foreach (var property in root.EnumerateObject())
        {
            if (!Known.Contains(property.Name))
            {
                throw new CorrectionFileException(file, property.Name, $"unknown field (known: {string.Join(", ", Known)})");
            }
        }
        if (root.TryGetProperty("sha256", out var stated) && stated.GetString() != sha)
        {
            throw new CorrectionFileException(file, "sha256", "differs from the file's name");
        }
        var reason = RequiredText(root, "reason", file);
        var reviewedBy = RequiredText(root, "reviewedBy", file);
        if (!Overrides.Any(field => root.TryGetProperty(field, out _)))
        {
            throw new CorrectionFileException(file, null, $"overrides nothing: give at least one of {string.Join(", ", Overrides)}");
        }
        return new ReadingCorrection(
            sha, file, reason, reviewedBy,
            root.TryGetProperty("kind", out var kind) ? KindOf(kind, file) : null,
            root.TryGetProperty("years", out var years) ? YearsOf(years, file) : null,
            root.TryGetProperty("kommuner", out var kommuner) ? KommunerOf(kommuner, kommunCodes, file) : null,
            root.TryGetProperty("promises", out var promises) ? PromisesOf(promises, file) : null);
    }

    private static string RequiredText(JsonElement root, string field, string file) =>
        root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : throw new CorrectionFileException(file, field, "required, a non-empty string");

    private static DocumentKind KindOf(JsonElement value, string file) => value.ValueKind == JsonValueKind.String
        ? value.GetString() switch
        {
            "lofte" => DocumentKind.Lofte,
            "nyhet" => DocumentKind.Nyhet,
            "uppfoljning" => DocumentKind.Uppfoljning,
            var other => throw new CorrectionFileException(file, "kind", $"\"{other}\" is not lofte, nyhet or uppfoljning"),
        }
        : throw new CorrectionFileException(file, "kind", "must be a string: lofte, nyhet or uppfoljning");

    private static List<int> YearsOf(JsonElement value, string file)
    {
        var years = new List<int>();
        foreach (var item in Items(value, "years", file))
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var year) || year < FirstYear || year > LastYear)
            {
                throw new CorrectionFileException(file, "years", $"{item.GetRawText()} is not a year from {FirstYear} to {LastYear}");
            }
            years.Add(year);
        }
        return years.Distinct().Order().ToList();
    }

    private static List<string> KommunerOf(JsonElement value, IReadOnlySet<string> kommunCodes, string file)
    {
        var codes = new List<string>();
        foreach (var item in Items(value, "kommuner", file))
        {
            var code = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText();
            if (item.ValueKind != JsonValueKind.String || !kommunCodes.Contains(code))
            {
                throw new CorrectionFileException(file, "kommuner", $"unknown kommunkod {code} (a four-digit SCB code as a string: \"0180\")");
            }
            codes.Add(code);
        }
        return codes.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> PromisesOf(JsonElement value, string file)
    {
        var texts = new List<string>();
        foreach (var item in Items(value, "promises", file))
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw new CorrectionFileException(file, "promises", $"{item.GetRawText()} is not a promise's text (a non-empty string)");
            }
            texts.Add(item.GetString()!.Trim());
        }
        return texts;
    }

    private static JsonElement.ArrayEnumerator Items(JsonElement value, string field, string file) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw new CorrectionFileException(file, field, "must be a list");

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256();
}
