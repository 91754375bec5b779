using System.Text.RegularExpressions;

namespace OpenData.Testing;

/// <summary>
/// Which folders of a project use which, read from the namespaces its sources import: a folder is a namespace
/// (OpenData.Ingest.Reading.Themes counts as Reading). Lets a test hold the flow to one direction.
/// </summary>
public sealed partial class FolderDependencies
{
    private FolderDependencies(IReadOnlyDictionary<string, IReadOnlySet<string>> uses) => Uses = uses;

    /// <summary>For each top folder, the project's other top folders it imports ("" is the project's root).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Uses { get; }

    public static FolderDependencies Of(string project)
    {
        var root = Path.Combine(RepositoryPaths.Root, "src", project);
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal) || relative.Contains("Migrations", StringComparison.Ordinal))
            {
                continue;
            }
            var folder = relative.Contains(Path.DirectorySeparatorChar) ? relative[..relative.IndexOf(Path.DirectorySeparatorChar)] : "";
            var set = uses.TryGetValue(folder, out var s) ? s : uses[folder] = [];
            foreach (Match m in Import().Matches(File.ReadAllText(file)))
            {
                if (m.Groups["ns"].Value.StartsWith(project + ".", StringComparison.Ordinal))
                {
                    var used = m.Groups["ns"].Value[(project.Length + 1)..].Split('.')[0];
                    if (used != folder)
                    {
                        set.Add(used);
                    }
                }
            }
        }
        return new FolderDependencies(uses.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)kv.Value, StringComparer.Ordinal));
    }

    /// <summary>A chain of folders that leads back to its start, or null where the folders form no loop.</summary>
    public IReadOnlyList<string>? FindLoop()
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path; true: done
        var path = new List<string>();
        foreach (var start in Uses.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } loop)
            {
                return loop;
            }
        }
        return null;

        List<string>? Visit(string folder)
        {
            if (state.TryGetValue(folder, out var done))
            {
                return done ? null : [.. path[path.IndexOf(folder)..], folder];
            }
            state[folder] = false;
            path.Add(folder);
            foreach (var next in Uses.GetValueOrDefault(folder) ?? new HashSet<string>())
            {
                if (Visit(next) is { } loop)
                {
                    return loop;
                }
            }
            path.RemoveAt(path.Count - 1);
            state[folder] = true;
            return null;
        }
    }

    [GeneratedRegex(@"^\s*using\s+(static\s+)?(?<ns>OpenData(\.\w+)+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Import();
}
