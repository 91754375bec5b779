using Microsoft.Extensions.Configuration;
using OpenData.Core;
using OpenData.Core.Storage;

namespace OpenData.Testing;

/// <summary>Configuration that points the service at the repository's data/ and a database of the test's own.</summary>
public static class TestConfiguration
{
    public static IConfiguration For(string connectionString, IDictionary<string, string?>? more = null)
    {
        var values = new Dictionary<string, string?>
        {
            [DataDirectory.ConfigurationKey] = RepositoryPaths.Data.Root,
            [$"ConnectionStrings:{StorageSettings.ConnectionStringName}"] = connectionString,
        };
        foreach (var (k, v) in more ?? new Dictionary<string, string?>())
        {
            values[k] = v;
        }
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
