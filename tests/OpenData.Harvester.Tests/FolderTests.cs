using OpenData.Testing;

namespace OpenData.Harvester.Tests;

/// <summary>The harvester's folders: sources and fetching know nothing of the run or its storage; no folder loops back.</summary>
public class FolderTests
{
    private static readonly FolderDependencies Folders = FolderDependencies.Of("OpenData.Harvester");

    [Fact]
    public void No_folder_loops_back()
    {
        var loop = Folders.FindLoop();
        Assert.True(loop is null, $"the folders loop: {string.Join(" → ", loop ?? [])}");
    }

    [Theory]
    [InlineData("Sources", "")]
    [InlineData("Fetching", "")]
    [InlineData("Storage", "Fetching Sources")]
    [InlineData("Scheduling", "Fetching Storage")]
    public void Each_step_uses_only_the_steps_before_it(string folder, string allowed)
    {
        var permitted = allowed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("").ToHashSet();
        Assert.Subset(permitted, Folders.Uses[folder].ToHashSet());
    }
}
