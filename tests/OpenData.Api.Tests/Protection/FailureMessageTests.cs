using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using OpenData.Api.Tests.Fixtures;
using OpenData.Core.Storage;
using OpenData.Testing;

namespace OpenData.Api.Tests.Protection;

/// <summary>A server whose database fails every query once armed, as a corrupt file or a full disk would.</summary>
public class FailingDatabaseServer : ApiServer
{
    public bool Armed { get; set; }

    /// <summary>What an operator reads in the log.</summary>
    public LogCapture Log { get; } = new();

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Services.ConfigureOpenDataContext(o => o.AddInterceptors(new Failure(this)));
        builder.Logging.AddProvider(Log);
    }

    private sealed class Failure(FailingDatabaseServer server) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default) =>
            server.Armed ? throw new SqliteException("SQLite Error 11: 'database disk image is malformed'.", 11) : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>What a client reads when something fails: what it can act on, and nothing of the engine behind it.</summary>
public class FailureMessageTests(FailingDatabaseServer api) : IClassFixture<FailingDatabaseServer>
{
    private static string Message(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    [Fact]
    public async Task A_database_failure_is_a_generic_error_that_names_neither_the_engine_nor_its_message()
    {
        api.Armed = true;
        try
        {
            var (_, body) = await api.PostAsync("{ kommuner(first: 3) { nodes { name } } }");
            var text = body.GetRawText();
            Assert.Equal("INTERNAL_SERVER_ERROR", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.DoesNotContain("SQLITE", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("malformed", text);
            Assert.Equal("Error trying to resolve field 'kommuner'.", Message(body));
            // The client learns nothing of the cause; whoever runs the service must (it was logged nowhere).
            Assert.Contains(api.Log.Messages(typeof(OpenData.Api.GraphQL.GraphQLHttpEndpoint).FullName!, LogLevel.Error), m => m.Contains("kommuner", StringComparison.Ordinal));
        }
        finally
        {
            api.Armed = false;
        }
    }

    [Fact]
    public async Task An_or_of_2500_branches_is_refused_with_a_short_message_before_it_reaches_the_database()
    {
        var branches = string.Join(",", Enumerable.Range(0, 2500).Select(i => "{year:{eq:" + (i % 50 + 2000) + "}}"));
        var (_, body) = await api.PostAsync("{loften(where:{or:[" + branches + "]}){totalCount}}");

        var message = Message(body);
        Assert.Equal("This filter combines 2,500 conditions with and/or; at most 100 are allowed. For a list of values use `in` (`kommun: { in: [\"0114\", \"0115\"] }`).", message);
        Assert.True(body.GetRawText().Length < 1000, body.GetRawText());
    }

    [Fact]
    public async Task An_in_list_longer_than_every_kommun_is_refused_and_a_list_of_every_kommun_is_answered()
    {
        var codes = string.Join(",", Enumerable.Range(0, 1001).Select(i => $"\"{i:0000}\""));
        var (_, refused) = await api.PostAsync("{ kommuner(where: { code: { in: [" + codes + "] } }) { totalCount } }");
        Assert.Equal("`in` holds 1,001 values; at most 1,000 are allowed.", Message(refused));

        var all = string.Join(",", Core.Reference.ReferenceData.Load(OpenData.Testing.RepositoryPaths.Data).Kommuner.Select(k => $"\"{k.Code}\""));
        var answered = await api.QueryAsync("{ kommuner(where: { code: { in: [" + all + "] } }) { totalCount } }");
        Assert.Equal(290, answered.GetProperty("kommuner").GetProperty("totalCount").GetInt32());
    }
}
