using System.Diagnostics;
using System.Text;
using OpenData.Testing;

namespace OpenData.Harvester.Tests.Commands;

/// <summary>`harvest --offline` as a new user runs it first: what it prints.</summary>
public class HarvestCommandTests
{
    [Fact]
    public async Task An_offline_harvest_prints_its_summary_once()
    {
        using var folder = new TempFolder();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var arg in new[] { HarvesterBuild, "harvest", "--offline", "--data", RepositoryPaths.Data.Root,
                     "--database", $"Data Source={Path.Combine(folder.Path, "opendata.db")}" })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        var printed = await stdout + await stderr;
        Assert.Equal(1, printed.Split('\n').Count(l => l.Contains("fetched 5,", StringComparison.Ordinal)));
        Assert.StartsWith("harvest (offline): fetched 5, unchanged 0, new 5", (await stdout).Trim());
    }

    /// <summary>
    /// The harvester's own build (its deps.json names the hosting assemblies the test's output folder lacks), of the same
    /// configuration and framework as this test's.
    /// </summary>
    private static string HarvesterBuild
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(RepositoryPaths.Root, "src", "OpenData.Harvester", "bin", output.Parent!.Name, output.Name, "OpenData.Harvester.dll");
        }
    }
}
