using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenData.Harvester.Sources;

/// <summary>
/// The registry of what the harvester reads: data/sources.json. Only these addresses are fetched, and the löfte
/// documents they link to; nothing is crawled.
/// </summary>
public sealed record SourceRegistry
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // å, ä and ö stay readable in the file; it is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    [JsonPropertyName("about")]
    public string? About { get; init; }

    [JsonPropertyName("sources")]
    public required IReadOnlyList<RegisteredSource> Sources { get; init; }

    /// <summary>Reads a registry file; a file that is not one fails with the file named and the reason.</summary>
    public static SourceRegistry Load(string file)
    {
        if (!File.Exists(file))
        {
            throw new SourceRegistryException($"{file}: no such file");
        }
        try
        {
            var registry = JsonSerializer.Deserialize<SourceRegistry>(File.ReadAllBytes(file), JsonOptions)
                ?? throw new SourceRegistryException($"{file}: empty");
            if (registry.Sources.Any(s => s is null))
            {
                throw new SourceRegistryException($"{file}: the sources list holds a null entry");
            }
            return registry;
        }
        catch (JsonException e)
        {
            throw new SourceRegistryException($"{file}: not a source registry: {e.Message}");
        }
    }

    public void Save(string file) =>
        File.WriteAllText(file, JsonSerializer.Serialize(this, JsonOptions) + "\n");

    /// <summary>
    /// This registry with its slug-rule guesses made afresh from <paramref name="generated"/>, one for each kommun
    /// that no other entry covers; every other entry is kept as it is.
    /// </summary>
    public SourceRegistry WithGuesses(IEnumerable<RegisteredSource> generated)
    {
        var kept = Sources.Where(s => (s.FoundBy ?? s.Basis) != FoundBy.SlugRule).ToList();
        var covered = kept.SelectMany(s => s.Kommuner).ToHashSet(StringComparer.Ordinal);
        var keys = kept.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var fresh = generated.Where(g => g.Kommuner.All(k => !covered.Contains(k)) && !keys.Contains(g.Key)).ToList();
        return this with { Sources = [.. kept, .. fresh] };
    }

    /// <summary>
    /// This registry with the addresses discovery found added (an address already there is left as it is), and the
    /// guesses of the same kind dropped for the kommuner a found address now covers.
    /// </summary>
    public SourceRegistry WithDiscovered(IEnumerable<RegisteredSource> found)
    {
        var urls = Sources.Select(s => s.Url).ToHashSet(StringComparer.Ordinal);
        var added = found.Where(f => urls.Add(f.Url)).ToList();
        var covered = added.SelectMany(f => f.Kommuner.Select(k => (k, SourceKinds.Parse(f.Kind)))).ToHashSet();
        var kept = Sources.Where(s => s.Basis != SourceBasis.Guess || !s.Kommuner.All(k => covered.Contains((k, SourceKinds.Parse(s.Kind))))).ToList();
        return this with { Sources = [.. kept, .. added] };
    }

    /// <summary>Every host the registry names: redirects and linked documents may only lead to these.</summary>
    [JsonIgnore]
    public IReadOnlySet<string> Hosts =>
        Sources.Select(s => s.Address?.Host.ToLowerInvariant()).OfType<string>().ToHashSet(StringComparer.Ordinal);
}

/// <summary>A registry file that cannot be read.</summary>
public sealed class SourceRegistryException(string message) : Exception(message);
