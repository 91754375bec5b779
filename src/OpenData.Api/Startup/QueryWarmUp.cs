using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenData.Api.GraphQL;
using OpenData.Api.Health;

namespace OpenData.Api.Startup;

/// <summary>
/// Once it listens, and before <c>/healthz</c> says it is ready, an instance asks itself over HTTP the questions a
/// reader asks first: a kommun with its löften, a search, a comparison and the page's reference lists, in two
/// passes of different kommuner and words. The first pass compiles each of their database queries and the code on
/// their path; the second prepares the statements on the connection. Asked cold, the first kommun page after a
/// start took 0.92–0.96 s (PostgreSQL, 100× data), and 17–19 ms after the warm-up; a balancer that sends traffic as
/// soon as <c>/healthz</c> answers would have handed that second to every reader of the first moments. A question
/// that fails is logged and skipped: warming never keeps the service from serving.
/// </summary>
public sealed class QueryWarmUp(Readiness readiness, ILogger<QueryWarmUp> logger)
{
    /// <summary>Turns the warm-up off (<c>false</c>): the instance says it is ready as soon as it listens.</summary>
    public const string EnabledKey = "OpenData:Api:WarmUp";

    private static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(60);

    // The kommuner of the first löften: kommuner with löften, so that every statement of their page runs.
    private const string Discover = "query($first: Int) { promises(first: $first) { nodes { lofte { kommuner { code } } } } }";

    // Words most löften hold. Each pass asks other questions than the one before, or the answer cache would answer
    // the second from memory and run nothing.
    private static readonly string[] SearchWords = ["trygghet", "trafik"];

    private const string KommunPage = """
        query($code: String!) { kommun(code: $code) { code name lan { name } lokalpolisomraden { name }
          loften { key years status area kommuner { code name }
            promises { id ordinal text actors themes { code sv } targets { count per unit } places }
            documents { kind title published url snapshot { fetchedAt sha256 archiveUrl attribution } } } } }
        """;

    private const string Search = """
        query($search: String) { promises(search: $search, first: 20) { totalCount pageInfo { hasNextPage endCursor }
          nodes { id text highlight actors themes { code sv } targets { count per unit } places lofte { years kommuner { code name } } } } }
        """;

    private const string Comparison = """
        query($kommuner: [String!]!) { compare(kommuner: $kommuner) { kommuner { code name }
          cells { kommun { code } theme { code } promiseCount promises { id text lofte { years } } } } }
        """;

    private const string Reference = "{ kommuner(first: 100) { nodes { code name } } lan { code name shortName } themes { code sv en } }";

    /// <summary>Holds the instance back from readers until <see cref="RunAsync"/> has ended; call before it listens.</summary>
    public void Begin() => readiness.HoldBack();

    /// <summary>Asks the questions of the instance at <paramref name="self"/> (none when null), then lets readers in.</summary>
    public async Task<WarmUpReport> RunAsync(Uri? self, CancellationToken ct)
    {
        var started = TimeProvider.System.GetTimestamp();
        var report = new WarmUpReport();
        try
        {
            if (self is null)
            {
                logger.LogInformation("No plain-HTTP address to ask the warm-up questions through: the service serves without them");
                return report;
            }
            using var within = CancellationTokenSource.CreateLinkedTokenSource(ct);
            within.CancelAfter(MaxDuration);
            using var client = new HttpClient { BaseAddress = self, Timeout = MaxDuration };
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLHttpEndpoint.GraphQLResponse));
            for (var pass = 0; pass < 2; pass++)
            {
                var codes = await AskAsync(client, Discover, new JsonObject { ["first"] = 10 + pass }, report, within.Token) is { } found ? KommunCodesIn(found) : [];
                if (codes.Count > 0)
                {
                    await AskAsync(client, KommunPage, new JsonObject { ["code"] = codes[pass % codes.Count] }, report, within.Token);
                    var compared = codes.Skip(pass % codes.Count).Concat(codes.Take(pass % codes.Count)).Take(10);
                    await AskAsync(client, Comparison, new JsonObject { ["kommuner"] = new JsonArray([.. compared.Select(c => JsonValue.Create(c))]) }, report, within.Token);
                }
                await AskAsync(client, Search, new JsonObject { ["search"] = SearchWords[pass] }, report, within.Token);
                await AskAsync(client, Reference, null, report, within.Token);
            }
            logger.LogInformation("Warmed up in {Milliseconds:0} ms: {Asked} questions asked of {Self}, {Failed} failed",
                TimeProvider.System.GetElapsedTime(started).TotalMilliseconds, report.Asked, self, report.Failed);
        }
        catch (OperationCanceledException)
        {
            // Stopping the service ends the warm-up too; only a warm-up that overran is worth a word.
            if (!ct.IsCancellationRequested)
            {
                logger.LogWarning("The warm-up took longer than {Seconds} s and was stopped; the service serves without it", MaxDuration.TotalSeconds);
            }
        }
        finally
        {
            readiness.Release();
        }
        return report;
    }

    /// <summary>One question, its answer's data if it came back whole; a failure is counted and logged, never thrown.</summary>
    private async Task<JsonNode?> AskAsync(HttpClient client, string query, JsonObject? variables, WarmUpReport report, CancellationToken ct)
    {
        report.Asked++;
        try
        {
            var body = new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString();
            using var answer = await client.PostAsync("graphql", new StringContent(body, Encoding.UTF8, "application/json"), ct);
            var text = await answer.Content.ReadAsStringAsync(ct);
            var parsed = JsonNode.Parse(text);
            if (answer.IsSuccessStatusCode && parsed?["errors"] is null)
            {
                return parsed?["data"];
            }
            logger.LogWarning("A warm-up question was answered {Status}: {Answer}", (int)answer.StatusCode, text.Length > 500 ? text[..500] : text);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException)
        {
            logger.LogWarning(e, "A warm-up question could not be asked");
        }
        report.Failed++;
        return null;
    }

    private static List<string> KommunCodesIn(JsonNode data) =>
        data["promises"]?["nodes"]?.AsArray()
            .SelectMany(n => n?["lofte"]?["kommuner"]?.AsArray() ?? [])
            .Select(k => k?["code"]?.GetValue<string>())
            .OfType<string>()
            .Distinct()
            .ToList() ?? [];

    /// <summary>
    /// The address to ask: the first plain-HTTP one the server listens on, a wildcard host as loopback. Null when it
    /// listens on none (HTTPS only, or a Unix socket): the warm-up is then skipped.
    /// </summary>
    public static Uri? SelfAddress(IEnumerable<string> listening)
    {
        foreach (var address in listening.Select(BindingAddress.Parse))
        {
            if (address.Scheme != Uri.UriSchemeHttp || address.IsUnixPipe || address.IsNamedPipe)
            {
                continue;
            }
            var host = address.Host is "0.0.0.0" or "+" or "*" or "localhost" ? "127.0.0.1" : address.Host is "[::]" ? "[::1]" : address.Host;
            return new Uri($"http://{host}:{address.Port}/");
        }
        return null;
    }
}

/// <summary>What a warm-up did: questions asked, and how many of them failed.</summary>
public sealed class WarmUpReport
{
    public int Asked { get; set; }

    public int Failed { get; set; }
}
