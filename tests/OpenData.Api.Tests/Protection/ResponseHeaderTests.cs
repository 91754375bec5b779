using System.Net;
using System.Net.Http.Headers;
using System.Text;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Protection;

public class ResponseHeaderTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task The_page_runs_nothing_but_its_own_files_cannot_be_framed_and_the_server_does_not_name_itself()
    {
        var page = await api.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(page.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    public async Task A_client_that_names_no_media_type_or_takes_any_gets_application_json(string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ noSuchField }"}""", Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }
        var response = await api.Client.SendAsync(request);

        // application/json: a validation error is a 200 with errors, as legacy clients expect.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }
}

public class RateLimitFieldTests(RateLimitedServer api) : IClassFixture<RateLimitedServer>
{
    [Fact]
    public async Task Every_answer_says_the_policy_and_what_is_left_the_refusal_too()
    {
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await api.Client.GetAsync(i == 1 ? "/no-such-page" : "/graphql?query=%7B%20lan%20%7B%20code%20%7D%20%7D"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        // The server lets 3 through at once and one a minute after that: a burst of 3, refilled in 3 minutes.
        Assert.All(answers, a => Assert.Equal("\"requests\";q=3;w=180", a.Headers.GetValues("RateLimit-Policy").Single()));
        Assert.Equal(["\"requests\";r=2;t=60", "\"requests\";r=1;t=120", "\"requests\";r=0;t=180", "\"requests\";r=0;t=180"],
            answers.Select(a => a.Headers.GetValues("RateLimit").Single()));
    }
}
