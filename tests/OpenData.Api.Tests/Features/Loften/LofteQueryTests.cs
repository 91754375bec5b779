using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Features.Loften;

/// <remarks>Runs on both providers: <see cref="LofteQueryTestsOnSqlite"/> and <see cref="LofteQueryTestsOnPostgres"/>.</remarks>
public abstract class LofteQueryTests<TServer>(TServer api) where TServer : ApiServer
{
    [Fact]
    public async Task Loften_filter_by_kommun_and_order_by_years()
    {
        var loften = (await api.QueryAsync("""
            { loften(where: { kommun: { eq: "1984" } }, order: [{ years: DESC }]) { totalCount nodes { years kommuner { code } documents { kind snapshot { sha256 archiveUrl } } } } }
            """)).GetProperty("loften");

        Assert.Equal(1, loften.GetProperty("totalCount").GetInt32());
        var arboga = loften.GetProperty("nodes")[0];
        Assert.Equal([2024], arboga.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal("NYHET", arboga.GetProperty("documents")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Promises_filter_by_kommun_and_a_document_links_its_archived_body()
    {
        var data = await api.QueryAsync("""
            { promises(where: { kommun: { eq: "2463" } }) { totalCount nodes { lofte { documents { snapshot { sha256 archiveUrl contentType } } } } } }
            """);
        Assert.Equal(4, data.GetProperty("promises").GetProperty("totalCount").GetInt32());
        var snapshot = data.GetProperty("promises").GetProperty("nodes")[0].GetProperty("lofte").GetProperty("documents")[0].GetProperty("snapshot");

        var archived = await api.Client.GetAsync(snapshot.GetProperty("archiveUrl").GetString());
        archived.EnsureSuccessStatusCode();
        var body = await archived.Content.ReadAsByteArrayAsync();
        Assert.Equal(snapshot.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body)));
        Assert.Contains("Medborgarlöfte i Åsele", System.Text.Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task A_node_is_found_again_by_its_global_id()
    {
        var promise = (await api.QueryAsync("""{ promises(first: 1, where: { kommun: { eq: "2463" } }) { nodes { id text } } }"""))
            .GetProperty("promises").GetProperty("nodes")[0];
        var node = (await api.QueryAsync("query($id: ID!) { node(id: $id) { id ... on Promise { text } } }", new { id = promise.GetProperty("id").GetString() }))
            .GetProperty("node");
        Assert.Equal(promise.GetProperty("text").GetString(), node.GetProperty("text").GetString());
    }
}

public sealed class LofteQueryTestsOnSqlite(ApiServer api) : LofteQueryTests<ApiServer>(api), IClassFixture<ApiServer>;

public sealed class LofteQueryTestsOnPostgres(PostgresApiServer api) : LofteQueryTests<PostgresApiServer>(api), IClassFixture<PostgresApiServer>;
