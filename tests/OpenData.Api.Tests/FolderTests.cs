using OpenData.Testing;

namespace OpenData.Api.Tests;

/// <summary>Query logic stays out of the doors, so the GraphQL engine stays replaceable and every door asks the same queries.</summary>
public class FolderTests
{
    private static readonly FolderDependencies Folders = FolderDependencies.Of("OpenData.Api");

    [Fact]
    public void Features_use_no_door()
    {
        Assert.Empty(Folders.Uses["Features"]);
    }

    [Fact]
    public void No_folder_loops_back()
    {
        var loop = Folders.FindLoop();
        Assert.True(loop is null, $"the folders loop: {string.Join(" → ", loop ?? [])}");
    }
}
