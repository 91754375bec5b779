using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>
/// The tests' own löften, with every database command the API runs to read data counted; the data version's stamp,
/// one primary-key lookup per request whatever it asks, is not a read of the data.
/// </summary>
public class CountingServer : RichDataServer
{
    private int _commands;

    public int Commands => _commands;

    protected override void Configure(WebApplicationBuilder builder) =>
        builder.Services.ConfigureOpenDataContext(o => o.AddInterceptors(new Counter(this)));

    private sealed class Counter(CountingServer server) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!command.CommandText.Contains("\"DataVersion", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref server._commands);
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

public class BatchingTests(CountingServer api) : IClassFixture<CountingServer>
{
    private async Task<int> CommandsForAsync(string query)
    {
        var before = api.Commands;
        await api.QueryAsync(query);
        return api.Commands - before;
    }

    [Fact]
    public async Task Nested_lists_cost_the_same_number_of_queries_for_2_loften_as_for_25()
    {
        const string Query = """
            query { loften(first: FIRST) { nodes { kommuner { name lan { name } } promises { text themes { code promiseCount } actors targets { count } document { snapshot { sha256 } } } documents { people { name } } } } }
            """;
        var few = await CommandsForAsync(Query.Replace("FIRST", "2", StringComparison.Ordinal));
        var many = await CommandsForAsync(Query.Replace("FIRST", "25", StringComparison.Ordinal));
        Assert.Equal(few, many);
        Assert.InRange(many, 1, 16);
    }

    [Fact]
    public async Task A_comparison_of_ten_kommuner_is_a_handful_of_queries()
    {
        var commands = await CommandsForAsync("""
            { compare(kommuner: ["1981", "0380", "1280", "1480", "0381", "2584", "2580", "2581", "2582", "2583"]) { cells { kommun { name } theme { sv } promiseCount promises { text } } } }
            """);
        Assert.InRange(commands, 1, 6);
    }
}
