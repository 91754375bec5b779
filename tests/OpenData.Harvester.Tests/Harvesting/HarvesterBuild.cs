namespace OpenData.Harvester.Tests.Harvesting;

/// <summary>
/// The harvester as built in its own project (same configuration as these tests), with its own runtime config: this
/// test project runs on the ASP.NET Core framework, the harvester does not.
/// </summary>
internal static class HarvesterBuild
{
    public static string Dll
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var dll = Path.Combine(OpenData.Testing.RepositoryPaths.Root, "src", "OpenData.Harvester", "bin", output.Parent!.Name, output.Name, "OpenData.Harvester.dll");
            Assert.True(File.Exists(dll), $"{dll} is not built");
            return dll;
        }
    }
}
