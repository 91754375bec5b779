using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenData.Api.Features.Calendar;
using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>The archive read half an hour before midnight in Sweden on New Year's Eve 2017, the last day of Åsele's löfte.</summary>
public class NewYearsEve2017Server : ApiServer
{
    /// <summary>The clock the API's calendar reads, moved on by the tests.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2017, 12, 31, 22, 30, 0, TimeSpan.Zero));

    public override DateTimeOffset Today => Clock.GetUtcNow();

    // Registered after the fixture's fixed day: the last registration is the one served.
    protected override void Configure(WebApplicationBuilder builder) => builder.Services.AddSingleton(new SwedishCalendar(Clock));
}

/// <summary>
/// An answer kept in memory is never stale when the year turns with no harvest in between: a löfte's status is
/// counted from the year, so the year is part of what the answer and its ETag were computed from.
/// </summary>
public class NewYearCacheTests(NewYearsEve2017Server api) : IClassFixture<NewYearsEve2017Server>
{
    private const string Asele = "{ kommun(code: \"2463\") { loften { key status } } }";

    [Fact]
    public async Task A_kept_answer_and_its_ETag_change_when_the_year_turns_in_Sweden()
    {
        var address = "/graphql?query=" + Uri.EscapeDataString(Asele);
        Assert.Equal("CURRENT", await StatusAsync());
        Assert.Equal("CURRENT", await StatusAsync());
        using var december = await api.Client.GetAsync(address);
        var tag = december.Headers.ETag;
        Assert.NotNull(tag);

        api.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal("ENDED", await StatusAsync());
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.IfNoneMatch.Add(tag);
        using var january = await api.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, january.StatusCode);
        Assert.NotEqual(tag, january.Headers.ETag);
    }

    private async Task<string?> StatusAsync() =>
        (await api.QueryAsync(Asele)).GetProperty("kommun").GetProperty("loften")[0].GetProperty("status").GetString();
}
