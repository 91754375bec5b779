using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Fixtures;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Api.Tests.Features.Changes;

/// <remarks>Runs on both providers: <see cref="ChangedAtTestsOnSqlite"/> and <see cref="ChangedAtTestsOnPostgres"/>.</remarks>
public abstract class ChangedAtTests<TServer>(TServer api) where TServer : RichDataServer
{
    // After everything the fixture records at start (its recorded archive is imported then, with changes of its own).
    private static readonly DateTime Reworded = new(DateTime.UtcNow.AddDays(1).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    private static readonly DateTime ReadAgain = Reworded.AddDays(1);

    [Fact]
    public async Task ChangedAt_moves_with_a_change_and_not_with_a_harvest_that_read_the_same_again()
    {
        await RecordAsync();
        var promises = (await api.QueryAsync("""{ promises(first: 100) { nodes { text changedAt lastSeen } } }"""))
            .GetProperty("promises").GetProperty("nodes").EnumerateArray().ToList();
        var reworded = promises.Single(p => p.GetProperty("text").GetString()!.Contains("cykelpatruller"));
        Assert.Equal(Reworded, reworded.GetProperty("changedAt").GetDateTime().ToUniversalTime());
        Assert.EndsWith("Z", reworded.GetProperty("changedAt").GetString());
        var readAgain = promises.Where(p => p.GetProperty("lastSeen").GetDateTime().ToUniversalTime() == ReadAgain).ToList();
        Assert.NotEmpty(readAgain);
        Assert.All(readAgain, p => Assert.True(p.GetProperty("changedAt").GetDateTime().ToUniversalTime() < Reworded));

        var lofte = (await api.QueryAsync("""{ loften(where: { kommun: { eq: "1480" } }) { nodes { changedAt documents { changedAt } } } }"""))
            .GetProperty("loften").GetProperty("nodes")[0];
        Assert.Equal(Reworded, lofte.GetProperty("changedAt").GetDateTime().ToUniversalTime());
        Assert.All(lofte.GetProperty("documents").EnumerateArray(), d => Assert.True(d.GetProperty("changedAt").GetDateTime().ToUniversalTime() < Reworded));
    }

    [Fact]
    public async Task ChangedSince_lists_only_what_changed_at_or_after_the_time()
    {
        await RecordAsync();
        var since = new { since = Reworded.AddMinutes(-1) };
        var promises = (await api.QueryAsync("query($since: DateTime) { promises(changedSince: $since, first: 100) { totalCount nodes { text } } }", since)).GetProperty("promises");
        Assert.Equal(1, promises.GetProperty("totalCount").GetInt32());
        Assert.Contains("cykelpatruller", promises.GetProperty("nodes")[0].GetProperty("text").GetString());
        var found = (await api.QueryAsync("query($since: DateTime) { promises(search: \"cykelpatruller\", changedSince: $since) { totalCount nodes { changedAt } } }", since)).GetProperty("promises");
        Assert.Equal(1, found.GetProperty("totalCount").GetInt32());
        var loften = (await api.QueryAsync("query($since: DateTime) { loften(changedSince: $since) { nodes { key } } }", since)).GetProperty("loften").GetProperty("nodes");
        Assert.Equal(["1480+0381/2025"], loften.EnumerateArray().Select(l => l.GetProperty("key").GetString()));
        var all = (await api.QueryAsync("{ loften(changedSince: \"2000-01-01T00:00:00Z\") { totalCount } everything: loften { totalCount } }"));
        Assert.Equal(all.GetProperty("everything").GetProperty("totalCount").GetInt32(), all.GetProperty("loften").GetProperty("totalCount").GetInt32());
    }

    /// <summary>A promise of Göteborg's löfte reworded (a change row), and every other promise read again unchanged.</summary>
    private async Task RecordAsync()
    {
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        if (await db.Promises.AnyAsync(p => p.Text.Contains("cykelpatruller")))
        {
            return;
        }
        var goteborg = await db.Loften.Include(l => l.Promises).SingleAsync(l => l.Key == "1480+0381/2025");
        var reworded = goteborg.Promises.OrderBy(p => p.Ordinal).First();
        const string text = "Polisen lovar cykelpatruller i centrum varje helg.";
        db.Changes.Add(new Change { At = Reworded, Kind = ChangeKind.PromiseChanged, Lofte = goteborg, Promise = reworded, Before = reworded.Text, After = text });
        reworded.Text = text;
        reworded.LastSeen = Reworded;
        foreach (var other in await db.Promises.Where(p => p.Id != reworded.Id).ToListAsync())
        {
            other.LastSeen = ReadAgain;
        }
        await db.SaveChangesAsync();
    }
}

public sealed class ChangedAtTestsOnSqlite(RichDataServer api) : ChangedAtTests<RichDataServer>(api), IClassFixture<RichDataServer>;

public sealed class ChangedAtTestsOnPostgres(PostgresRichDataServer api) : ChangedAtTests<PostgresRichDataServer>(api), IClassFixture<PostgresRichDataServer>;
