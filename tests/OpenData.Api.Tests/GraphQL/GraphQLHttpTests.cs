using System.Net;
using System.Net.Http.Headers;
using System.Text;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.GraphQL;

public class GraphQLHttpTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task GET_runs_a_query_from_the_address()
    {
        var response = await api.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ kommun(code: \"0180\") { name } }"));
        response.EnsureSuccessStatusCode();
        Assert.Contains("\"name\":\"Stockholm\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_graphql_response_media_type_is_used_when_accepted_and_a_validation_error_is_a_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ noSuchField }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_400_and_another_content_type_a_415()
    {
        var notJson = await api.Client.PostAsync("/graphql", new StringContent("{ query", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        var text = await api.Client.PostAsync("/graphql", new StringContent("{ kommuner { totalCount } }", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }

    [Fact]
    public async Task The_printed_schema_has_the_floor_fields()
    {
        var schema = await api.Client.GetStringAsync("/graphql/schema.graphql");
        foreach (var field in new[] { "kommuner(", "kommun(", "loften(", "promises(", "type Kommun implements Node", "type Lofte implements Node", "type Promise implements Node" })
        {
            Assert.Contains(field, schema);
        }
    }

    [Fact]
    public async Task Asking_for_more_than_100_is_refused_with_a_clear_error()
    {
        var response = await api.Client.PostAsync("/graphql", new StringContent("""{"query":"{ kommuner(first: 500) { totalCount } }"}""", Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("capped at 100", body);
    }
}
