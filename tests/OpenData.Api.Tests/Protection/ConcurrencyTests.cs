using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Protection;
using OpenData.Core.Storage;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Protection;

/// <summary>
/// A server behind a trusted balancer on loopback (so that a test can be several clients), one heavy slot, one
/// request at a time per client, and a database that holds every read of promises until the test lets it go: a
/// heavy query in progress, for as long as the test needs.
/// </summary>
public class GatedDatabaseServer : ApiServer
{
    private TaskCompletionSource _open = Open();
    private TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _held;

    /// <summary>How many reads of promises are being held.</summary>
    public int Held => Volatile.Read(ref _held);

    protected override IEnumerable<string> Settings =>
    [
        "--OpenData:Api:TrustedProxies", "127.0.0.1", "--OpenData:Api:MaxConcurrentHeavy", "1", "--OpenData:Api:HeavyQueryCost", "100",
        "--OpenData:Api:MaxConcurrentPerClient", "1",
        // The gate holds the database, and only a query that runs reaches it: a kept answer from the test before
        // would be served from memory and the gate would wait for a read that never comes.
        "--OpenData:Api:Cache:Answers", "false",
    ];

    protected override void Configure(WebApplicationBuilder builder) =>
        builder.Services.ConfigureOpenDataContext(o => o.AddInterceptors(new Gate(this)));

    /// <summary>From now on reads of promises wait until <see cref="Release"/>.</summary>
    public void Close()
    {
        _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Completes when the first read of promises is being held.</summary>
    public Task FirstHeld => _entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Waits until <paramref name="condition"/> holds: what the server is doing, seen from outside.</summary>
    public static async Task UntilAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, limit.Token);
        }
    }

    public void Release() => _open.TrySetResult();

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    /// <summary>Sends a query as the client at <paramref name="client"/>, behind the balancer.</summary>
    public async Task<HttpResponseMessage> AskAsync(string client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", client);
        return await Client.SendAsync(request);
    }

    private sealed class Gate(GatedDatabaseServer server) : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            var open = server._open;
            if (!open.Task.IsCompleted && command.CommandText.Contains("\"Promises\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref server._held);
                server._entered.TrySetResult();
                await open.Task.WaitAsync(cancellationToken);
                Interlocked.Decrement(ref server._held);
            }
            return result;
        }
    }
}

public class ConcurrencyTests(GatedDatabaseServer api) : IClassFixture<GatedDatabaseServer>
{
    /// <summary>About 100 promises with their text: heavy at this server's threshold of 100.</summary>
    private const string Heavy = "{ promises(first: 100) { nodes { text } } }";

    private const string Light = "{ lan { code } }";

    [Fact]
    public async Task A_light_query_is_answered_while_heavy_ones_hold_and_wait_for_the_one_heavy_slot()
    {
        api.Close();
        var first = api.AskAsync("198.51.100.1", Heavy);
        await api.FirstHeld;
        var second = api.AskAsync("198.51.100.2", Heavy);
        var gate = api.Services.GetRequiredService<HeavyWorkGate>();
        await GatedDatabaseServer.UntilAsync(() => gate.Waiting == 1);

        // The light query needs no heavy slot: it is answered while the first heavy query holds the only one and
        // the second waits for it, rather than reaching the database beside the first.
        var light = await api.AskAsync("198.51.100.3", Light);
        Assert.Equal(HttpStatusCode.OK, light.StatusCode);
        Assert.Equal(1, api.Held);
        Assert.False(second.IsCompleted);

        api.Release();
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second).StatusCode);
    }

    [Fact]
    public async Task A_client_over_its_share_at_once_waits_then_gets_429_while_another_client_is_answered()
    {
        api.Close();
        const string client = "203.0.113.9";
        var running = api.AskAsync(client, Heavy);
        await api.FirstHeld;
        // One runs; of three more, two may wait their turn and one is refused at once, whichever comes last.
        var more = new List<Task<HttpResponseMessage>> { api.AskAsync(client, Light), api.AskAsync(client, Light), api.AskAsync(client, Light) };
        var first = await Task.WhenAny(more);
        more.Remove(first);
        var refused = await first;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("at most 1 run at a time", await refused.Content.ReadAsStringAsync());
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, (await api.AskAsync("203.0.113.10", Light)).StatusCode);

        api.Release();
        Assert.Equal(HttpStatusCode.OK, (await running).StatusCode);
        Assert.All(await Task.WhenAll(more), w => Assert.Equal(HttpStatusCode.OK, w.StatusCode));
    }
}
