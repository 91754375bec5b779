using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using OpenData.Testing;

namespace OpenData.Api.Tests.Startup;

/// <summary>
/// The service as an init script or a CI step runs it, with no terminal: started by a shell that ignores SIGINT (as
/// shells without job control start their children), and stopped by a signal.
/// </summary>
public partial class ShutdownTests
{
    /// <summary>Well under the host's default of 30 s, and well over what a stop of an idle service takes.</summary>
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task The_service_stops_on_a_signal_even_with_a_request_left_half_sent(string signal)
    {
        using var folder = new TempFolder();
        using var service = await StartAsync(folder);

        // A client that sent half a request and waits: the stop must not wait for it.
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", service.Port);
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes("GET /healthz HTTP/1.1\r\nHost: localhost\r\n"));
        await Task.Delay(200);

        var stopping = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-" + signal, service.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var deadline = new CancellationTokenSource(Promptly);
        await service.Process.WaitForExitAsync(deadline.Token);
        Assert.True(service.Process.HasExited, $"still running {stopping.Elapsed} after SIG{signal}");
    }

    private sealed record RunningService(Process Process, int Port) : IDisposable
    {
        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }
            Process.Dispose();
        }
    }

    private static async Task<RunningService> StartAsync(TempFolder folder)
    {
        // `trap '' INT` ignores SIGINT in the shell, and the service inherits that, as from nohup or a script.
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("trap '' INT; exec dotnet \"$0\" \"$@\"");
        foreach (var arg in new[] { ApiBuild, "--urls", "http://127.0.0.1:0", "--OpenData:DataDirectory", RepositoryPaths.Data.Root,
                     "--ConnectionStrings:OpenData", $"Data Source={Path.Combine(folder.Path, "opendata.db")}" })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        _ = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            if (Listening().Match(line) is { Success: true } match)
            {
                _ = process.StandardOutput.ReadToEndAsync();
                return new RunningService(process, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        throw new InvalidOperationException("the service ended before it listened");
    }

    /// <summary>The API's own build, of the same configuration and framework as this test's.</summary>
    private static string ApiBuild
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(RepositoryPaths.Root, "src", "OpenData.Api", "bin", output.Parent!.Name, output.Name, "OpenData.Api.dll");
        }
    }

    [GeneratedRegex(@"Now listening on: http://127\.0\.0\.1:(\d+)")]
    private static partial Regex Listening();
}
