using OpenData.Testing;

namespace OpenData.Ingest.Tests;

/// <summary>The folders show the flow, and data flows one way through them: formats, reading, hand corrections, storage, ingestion.</summary>
public class FolderTests
{
    private static readonly FolderDependencies Folders = FolderDependencies.Of("OpenData.Ingest");

    [Fact]
    public void No_folder_loops_back()
    {
        var loop = Folders.FindLoop();
        Assert.True(loop is null, $"the folders loop: {string.Join(" → ", loop ?? [])}");
    }

    [Theory]
    [InlineData("Formats", "")]
    [InlineData("Reading", "Formats")]
    [InlineData("Contract", "Reading")]
    [InlineData("Corrections", "Reading")]
    [InlineData("Storage", "Reading")]
    [InlineData("Ingestion", "Formats Reading Corrections Storage")]
    public void Each_step_uses_only_the_steps_before_it(string folder, string allowed)
    {
        var permitted = allowed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("").ToHashSet();
        Assert.Subset(permitted, Folders.Uses[folder].ToHashSet());
    }
}
