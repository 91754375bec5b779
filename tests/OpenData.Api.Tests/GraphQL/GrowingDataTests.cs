using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Fixtures;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>A counting server of its own, whose data the test grows.</summary>
public sealed class GrowingServer : CountingServer;

/// <summary>
/// A question's cost follows the size of its answer, not the size of the database: the same kommun page asks the same
/// statements, as many and with the same SQL, before and after the database holds ten times the löften.
/// </summary>
public class GrowingDataTests(GrowingServer api) : IClassFixture<GrowingServer>
{
    private const string KommunPage = """
        { kommun(code: "1981") { code name lan { name polisregion }
          loften { years status promises { text actors themes { code sv } targets { count per unit } places }
                   documents { kind title snapshot { fetchedAt url sha256 } } } } }
        """;

    private async Task<(string Answer, IReadOnlyList<string> Sql)> AskAsync()
    {
        var before = api.CommandTexts.Count;
        var answer = await api.QueryAsync(KommunPage);
        return (answer.ToString(), [.. api.CommandTexts.Skip(before)]);
    }

    [Fact]
    public async Task A_kommun_page_sends_the_same_statements_when_the_database_holds_ten_times_the_loften()
    {
        var (answer, sql) = await AskAsync();
        await using (var db = await api.Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync())
        {
            var held = await db.Loften.CountAsync();
            var others = await db.Kommuner.Where(k => k.Code != "1981").OrderBy(k => k.Code).Select(k => k.Code).ToListAsync();
            var added = 0;
            for (var year = 2010; added < 9 * held; year++)
            {
                foreach (var code in others.Take(9 * held - added))
                {
                    await RichData.WriteAsync(db, new RichData.TestLofte([code], [year], LofteStatus.Superseded,
                        [($"Polisen lovar att genomföra trafikkontroller i kommun {code} år {year}.", ["trafik"], [Actor.Polis])]));
                    added++;
                }
            }
            Assert.True(await db.Loften.CountAsync() >= 10 * held);
        }

        var (grownAnswer, grownSql) = await AskAsync();
        Assert.Equal(answer, grownAnswer);
        Assert.Equal(sql, grownSql);
        Assert.InRange(grownSql.Count, 1, 12);
    }
}
