using System.Reflection;
using System.Text.Json;

namespace OpenData.Api.Tests;

/// <summary>
/// "The API never fetches" holds by construction: nothing the API loads holds the harvester's fetcher, its HTTP
/// resilience or its command line, and the reading library it imports the archive with opens no connection.
/// </summary>
public class ApiAssemblyTests
{
    private static readonly string[] FetcherAssemblies = ["OpenData.Harvester", "Polly.Core", "Polly.RateLimiting", "System.CommandLine", "Spectre.Console"];

    [Fact]
    public void No_assembly_the_api_references_holds_the_fetcher()
    {
        var loaded = References(typeof(ApiApplication).Assembly);

        Assert.Contains("OpenData.Ingest", loaded);
        Assert.Empty(loaded.Intersect(FetcherAssemblies));
        Assert.DoesNotContain(loaded, name => name.StartsWith("OpenData.", StringComparison.Ordinal) && name is not ("OpenData.Api" or "OpenData.Core" or "OpenData.Ingest"));
    }

    [Fact]
    public void The_api_ships_without_the_fetcher()
    {
        // What the host loads at run time is what its deps.json lists, the packages' own dependencies included.
        var deps = Path.ChangeExtension(typeof(ApiApplication).Assembly.Location, ".deps.json");
        using var json = JsonDocument.Parse(File.ReadAllBytes(deps));
        var shipped = json.RootElement.GetProperty("targets").EnumerateObject().Single().Value.EnumerateObject()
            .SelectMany(library => library.Value.TryGetProperty("runtime", out var runtime) ? runtime.EnumerateObject().Select(a => Path.GetFileNameWithoutExtension(a.Name)) : [])
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("OpenData.Ingest", shipped);
        Assert.Empty(shipped.Intersect(FetcherAssemblies));
    }

    [Fact]
    public void The_reading_library_cannot_open_a_connection()
    {
        var ingest = typeof(Ingest.Reading.Extractor).Assembly;
        var referenced = ingest.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain("System.Net.Http", referenced);
        Assert.DoesNotContain("System.Net.Sockets", referenced);
    }

    /// <summary>Every assembly reachable from <paramref name="root"/> through its references, by name.</summary>
    private static HashSet<string> References(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.GetName().Name! };
        var queue = new Queue<Assembly>([root]);
        while (queue.TryDequeue(out var assembly))
        {
            foreach (var name in assembly.GetReferencedAssemblies())
            {
                if (seen.Add(name.Name!) && TryLoad(name) is { } next)
                {
                    queue.Enqueue(next);
                }
            }
        }
        return seen;
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (FileNotFoundException)
        {
            return null; // a facade the runtime resolves elsewhere; its name is counted all the same
        }
    }
}
