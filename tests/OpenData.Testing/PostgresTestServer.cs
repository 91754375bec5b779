using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OpenData.Testing;

/// <summary>
/// A real PostgreSQL server for the tests, as Kestrel on loopback is a real web server: Debian's postgresql binaries
/// run a throw-away cluster in a temporary folder (trust authentication, loopback only, no fsync), started on first
/// use and stopped when the test process ends. Every test gets a database of its own on it.
/// <c>OPENDATA_TEST_POSTGRES</c> (a connection string with the right to create databases) points the tests at a
/// server of your own instead.
/// </summary>
public sealed class PostgresTestServer
{
    public const string EnvironmentVariable = "OPENDATA_TEST_POSTGRES";

    private static readonly Lazy<Task<PostgresTestServer>> Shared = new(StartAsync);

    private readonly string _adminConnectionString;
    private int _databases;

    private PostgresTestServer(string adminConnectionString) => _adminConnectionString = adminConnectionString;

    public static Task<PostgresTestServer> InstanceAsync() => Shared.Value;

    /// <summary>A new, empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? template = null)
    {
        var name = $"opendata_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var create = connection.CreateCommand();
        create.CommandText = template is null
            ? $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"
            : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresTestServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new PostgresTestServer(new NpgsqlConnectionStringBuilder(external) { Database = "postgres" }.ConnectionString);
        }
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(Directory.Exists)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                "The PostgreSQL tests need Debian's postgresql package (`apt-get install postgresql`; .ci/install-prerequisites does), " +
                $"or {EnvironmentVariable} set to a server's connection string.");
        }

        var folder = Path.Combine(Path.GetTempPath(), $"opendata-postgres-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot && !OperatingSystem.IsWindows())
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user, which must reach the folder.
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        }
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        Run(bin, asRoot, "initdb", "-D", data, "-A", "trust", "-U", "opendata", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        Run(bin, asRoot, "pg_ctl", "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Run(bin, asRoot, "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        };
        return new PostgresTestServer($"Host=127.0.0.1;Port={port};Username=opendata;Database=postgres;Include Error Detail=true");
    }

    private static void Run(string bin, bool asRoot, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(asRoot ? "runuser" : Path.Combine(bin, program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (asRoot)
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add("postgres");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(Path.Combine(bin, program));
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
