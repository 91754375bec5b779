using System.Net;
using GraphQL;
using GraphQL.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Protection;

/// <summary>
/// A server with one more validation rule, which, once armed, stands for a validation that runs long: it moves the
/// clock past the deadline and then holds its thread, as CPU-bound work that never looks at a cancellation token does.
/// </summary>
public class SlowValidationServer : ApiServer
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public ManualResetEventSlim Release { get; } = new(false);

    public bool Armed { get; set; }

    /// <summary>Whether the rule is holding its thread right now.</summary>
    public bool Stalling { get; private set; }

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddGraphQL(b => b.AddValidationRule(new Stall(this)));
    }

    private sealed class Stall(SlowValidationServer server) : ValidationRuleBase
    {
        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            if (server.Armed)
            {
                server.Stalling = true;
                server.Clock.Advance(TimeSpan.FromSeconds(11));
                server.Release.Wait(TimeSpan.FromMinutes(1));
                server.Stalling = false;
            }
            return default;
        }
    }
}

public class ValidationDeadlineTests(SlowValidationServer api) : IClassFixture<SlowValidationServer>
{
    [Fact]
    public async Task A_validation_still_running_at_the_deadline_is_answered_with_504_while_it_runs()
    {
        api.Armed = true;
        try
        {
            var (response, body) = await api.PostAsync("{ lan { code } }");

            Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
            Assert.Contains("ran longer than 10 s", body.GetProperty("errors")[0].GetProperty("message").GetString());
            Assert.True(api.Stalling, "the answer must come while the validation still holds its thread");
        }
        finally
        {
            api.Armed = false;
            api.Release.Set();
        }
        Assert.Equal(21, (await api.QueryAsync("{ lan { code } }")).GetProperty("lan").GetArrayLength());
    }
}
