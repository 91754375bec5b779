using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Features.Promises;

/// <summary>Withdrawn promises stay out of lists unless the filter asks for them, at any depth of and/or.</summary>
public class WithdrawnFilterTests(ApiServer api) : IClassFixture<ApiServer>
{
    private async Task<int> CountAsync(string where) =>
        (await api.QueryAsync($$"""{ promises(where: {{where}}) { totalCount } }""")).GetProperty("promises").GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task A_withdrawn_promise_is_found_when_asked_for_also_inside_or()
    {
        var inForce = await CountAsync("""{ kommun: { eq: "2463" } }""");
        await using (var db = await api.Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync())
        {
            var promise = await db.Promises.FirstAsync(p => p.Text.Contains("minst 4 riktade trafikinsatser"));
            promise.WithdrawnAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }

        Assert.Equal(inForce - 1, await CountAsync("""{ kommun: { eq: "2463" } }"""));
        Assert.Equal(1, await CountAsync("""{ withdrawn: true }"""));
        Assert.Equal(inForce - 1, await CountAsync("""{ kommun: { eq: "2463" }, withdrawn: false }"""));
        // Before: the default "in force" was added beside the filter, so a withdrawn: true inside or could never match.
        Assert.Equal(1, await CountAsync("""{ or: [{ withdrawn: true }, { theme: { eq: "ingen_sadan" } }] }"""));
        Assert.Equal(1, await CountAsync("""{ and: [{ kommun: { eq: "2463" } }, { withdrawn: true }] }"""));
    }
}
