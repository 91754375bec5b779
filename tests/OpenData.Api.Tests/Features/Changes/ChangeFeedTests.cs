using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Model;
using OpenData.Core.Storage;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Features.Changes;

/// <remarks>Runs on both providers: <see cref="ChangeFeedTestsOnSqlite"/> and <see cref="ChangeFeedTestsOnPostgres"/>.</remarks>
public abstract class ChangeFeedTests<TServer>(TServer api) where TServer : RichDataServer
{
    private const string Feed = """
        query($since: DateTime!, $after: String) {
          changes(since: $since, first: 100, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { at kind before after lofte { id key status } promise { id text withdrawnAt } toSnapshot { sha256 } }
          }
        }
        """;

    private const string AllPromises = """
        query($after: String) { promises(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id text } } }
        """;

    [Fact]
    public async Task A_client_that_follows_the_feed_keeps_its_copy_equal_to_the_data_removals_included()
    {
        // The client takes a full copy, and reads the feed to its end to learn where it stands.
        var copy = await ReadAllPromisesAsync();
        var (_, cursor) = await ReadFeedAsync(null);

        await ReharvestAsync();

        var (changes, _) = await ReadFeedAsync(cursor);
        Assert.Equal(["LOFTE_SUPERSEDED", "PROMISE_ADDED", "PROMISE_CHANGED", "PROMISE_REMOVED"], changes.Select(c => c.GetProperty("kind").GetString()).Order());
        foreach (var change in changes)
        {
            var promise = change.GetProperty("promise");
            switch (change.GetProperty("kind").GetString())
            {
                case "PROMISE_ADDED":
                case "PROMISE_CHANGED":
                    copy[promise.GetProperty("id").GetString()!] = promise.GetProperty("text").GetString()!;
                    break;
                case "PROMISE_REMOVED":
                    Assert.NotEqual(JsonValueKind.Null, promise.GetProperty("withdrawnAt").ValueKind);
                    copy.Remove(promise.GetProperty("id").GetString()!);
                    break;
            }
        }

        Assert.Equal((await ReadAllPromisesAsync()).OrderBy(p => p.Key), copy.OrderBy(p => p.Key));
        var superseded = changes.Single(c => c.GetProperty("kind").GetString() == "LOFTE_SUPERSEDED");
        // Uppsala's 2025 löfte, replaced by one for 2026, is in force until 2025 (the tests' "now") ends.
        Assert.Equal("0380/2026", superseded.GetProperty("after").GetString());
        Assert.Equal("CURRENT", superseded.GetProperty("lofte").GetProperty("status").GetString());

        // Asking again from the same place gives nothing new; the reworded text is what search now finds.
        var (again, _) = await ReadFeedAsync((await ReadFeedAsync(cursor)).Cursor);
        Assert.Empty(again);
        var found = (await api.QueryAsync("""{ promises(search: "cykelpatruller") { nodes { text } } }""")).GetProperty("promises").GetProperty("nodes");
        Assert.Equal(1, found.GetArrayLength());
        var old = (await api.QueryAsync("""{ promises(search: "Nordstan") { totalCount } }""")).GetProperty("promises").GetProperty("totalCount");
        Assert.Equal(0, old.GetInt32());
    }

    [Fact]
    public async Task Since_takes_a_date_alone_as_the_start_of_that_day_in_UTC()
    {
        var future = (await api.QueryAsync("""{ changes(since: "2030-01-01") { totalCount nodes { at } } }""")).GetProperty("changes");
        Assert.Equal(0, future.GetProperty("nodes").GetArrayLength());
        var byDate = (await api.QueryAsync("query($since: DateTime!) { changes(since: $since, first: 100) { nodes { at } } }", new { since = "2025-03-01" }))
            .GetProperty("changes").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("at").GetDateTime().ToUniversalTime()).ToList();
        Assert.Contains(RichData.ReadAt, byDate);
        Assert.All(byDate, at => Assert.True(at >= new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc)));
        var (_, wrong) = await api.PostAsync("""{ changes(since: "2030-13-01") { totalCount } }""");
        Assert.True(wrong.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task The_feed_starts_at_since_and_links_the_snapshot_of_each_change()
    {
        var recorded = (await api.QueryAsync(Feed, new { since = RichData.ReadAt.AddDays(1) })).GetProperty("changes");
        Assert.All(recorded.GetProperty("nodes").EnumerateArray(), c => Assert.True(c.GetProperty("at").GetDateTime() >= RichData.ReadAt.AddDays(1)));
        // The recorded archive was imported at start, after ReadAt: its changes carry the snapshot they were read from.
        Assert.Contains(recorded.GetProperty("nodes").EnumerateArray(), c => c.GetProperty("toSnapshot").ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public async Task A_cursor_that_is_not_from_the_feed_is_refused()
    {
        var (_, body) = await api.PostAsync(Feed, new { since = "2020-01-01T00:00:00Z", after = "bm9wZQ==" });
        Assert.Contains("not a cursor of the change feed", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    private async Task<Dictionary<string, string>> ReadAllPromisesAsync()
    {
        var all = new Dictionary<string, string>();
        string? after = null;
        do
        {
            var page = (await api.QueryAsync(AllPromises, new { after })).GetProperty("promises");
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
            {
                all.Add(node.GetProperty("id").GetString()!, node.GetProperty("text").GetString()!);
            }
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return all;
    }

    /// <summary>Every change after the cursor, and the cursor to continue from.</summary>
    private async Task<(List<JsonElement> Changes, string? Cursor)> ReadFeedAsync(string? after)
    {
        var changes = new List<JsonElement>();
        while (true)
        {
            var page = (await api.QueryAsync(Feed, new { since = "2000-01-01T00:00:00Z", after })).GetProperty("changes");
            changes.AddRange(page.GetProperty("nodes").EnumerateArray());
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString() ?? after;
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                return (changes, after);
            }
        }
    }

    /// <summary>What a later harvest records: a promise reworded, one removed, one added, a löfte superseded by a newer one.</summary>
    private async Task ReharvestAsync()
    {
        var now = DateTime.UtcNow;
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        var goteborg = await db.Loften.Include(l => l.Promises).SingleAsync(l => l.Key == "1480+0381/2025");
        var reworded = goteborg.Promises.Single(p => p.Text.Contains("Nordstan"));
        db.Changes.Add(new Change { At = now, Kind = ChangeKind.PromiseChanged, Lofte = goteborg, Promise = reworded, Before = reworded.Text, After = "Polisen lovar cykelpatruller i centrum varje helg." });
        reworded.Text = "Polisen lovar cykelpatruller i centrum varje helg.";
        reworded.LastSeen = now;
        var removed = goteborg.Promises.Single(p => p.Text.Contains("Räddningstjänsten"));
        removed.WithdrawnAt = now;
        db.Changes.Add(new Change { At = now, Kind = ChangeKind.PromiseRemoved, Lofte = goteborg, Promise = removed, Before = removed.Text });
        var added = new Promise
        {
            Key = "feed-test-added-promise", Lofte = goteborg, Ordinal = 3, Text = "Kommunen lovar att utöka kameraövervakningen vid Brunnsparken.",
            DocumentId = reworded.DocumentId, FirstSeen = now, LastSeen = now,
        };
        db.Promises.Add(added);
        db.Changes.Add(new Change { At = now, Kind = ChangeKind.PromiseAdded, Lofte = goteborg, Promise = added, After = added.Text });
        var uppsala = await db.Loften.SingleAsync(l => l.Key == "0380/2025");
        uppsala.Status = LofteStatus.Superseded;
        db.Changes.Add(new Change { At = now, Kind = ChangeKind.LofteSuperseded, Lofte = uppsala, Before = uppsala.Key, After = "0380/2026" });
        await db.SaveChangesAsync();
    }
}

public sealed class ChangeFeedTestsOnSqlite(RichDataServer api) : ChangeFeedTests<RichDataServer>(api), IClassFixture<RichDataServer>;

public sealed class ChangeFeedTestsOnPostgres(PostgresRichDataServer api) : ChangeFeedTests<PostgresRichDataServer>(api), IClassFixture<PostgresRichDataServer>;
