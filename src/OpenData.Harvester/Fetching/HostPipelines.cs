using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace OpenData.Harvester.Fetching;

/// <summary>
/// The resilience of requests, with Polly: per host, retries with exponential backoff and jitter on network errors,
/// timeouts, 408, 429 and 5xx, and a circuit breaker that gives a failing host a rest; per attempt, a timeout.
/// All of it on the injected clock.
/// </summary>
public sealed class HostPipelines(HarvesterOptions options, TimeProvider clock, FetchActivity activity, ILogger logger)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpAttempt>> _hosts = new(StringComparer.Ordinal);

    /// <summary>Bounds one attempt, body included; shared by all hosts, it keeps no state.</summary>
    public ResiliencePipeline<HttpAttempt> Attempt { get; } = new ResiliencePipelineBuilder<HttpAttempt> { TimeProvider = clock }
        .AddTimeout(options.AttemptTimeout)
        .Build();

    public ResiliencePipeline<HttpAttempt> For(string hostKey) => _hosts.GetOrAdd(hostKey, Build);

    private ResiliencePipeline<HttpAttempt> Build(string hostKey)
    {
        var builder = new ResiliencePipelineBuilder<HttpAttempt> { TimeProvider = clock, Name = "harvester", InstanceName = hostKey };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpAttempt>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                OnRetry = args =>
                {
                    var why = Describe(args.Outcome);
                    logger.LogInformation("{Host}: {Why}; retry {Attempt} of {Max} in {Delay:0.#} s",
                        hostKey, why, args.AttemptNumber + 1, options.MaxRetries, args.RetryDelay.TotalSeconds);
                    activity.Waiting(hostKey, clock.GetUtcNow().UtcDateTime + args.RetryDelay, $"retrying after {why}");
                    return default;
                },
            });
        }
        var breaker = options.CircuitBreaker;
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpAttempt>
        {
            FailureRatio = breaker.FailureRatio,
            MinimumThroughput = breaker.MinimumThroughput,
            SamplingDuration = breaker.SamplingDuration,
            BreakDuration = breaker.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
            OnOpened = args =>
            {
                logger.LogWarning("{Host}: failing too often ({Why}); left alone for {Break}", hostKey, Describe(args.Outcome), args.BreakDuration);
                return default;
            },
        });
        return builder.Build();
    }

    /// <summary>A failure of the host, for the circuit breaker: what a retry would be tried for.</summary>
    private static bool IsFailure(Outcome<HttpAttempt> outcome) => outcome.Exception switch
    {
        null => outcome.Result!.IsTransient,
        TimeoutRejectedException or HttpRequestException or IOException => true,
        _ => false,
    };

    private bool ShouldRetry(Outcome<HttpAttempt> outcome)
    {
        if (!IsFailure(outcome))
        {
            return false;
        }
        // A host that asks for a long rest gets it, from this request too; the next run asks again.
        return outcome.Result?.RetryAfter is not { } until || until - clock.GetUtcNow().UtcDateTime <= options.MaxRetryAfter;
    }

    public static string Describe(Outcome<HttpAttempt> outcome) =>
        outcome.Exception is { } e ? Describe(e) : $"HTTP {outcome.Result!.Status}";

    public static string Describe(Exception e) => e switch
    {
        TimeoutRejectedException t => $"no answer within {t.Timeout.TotalSeconds:0.#} s",
        HttpRequestException h when h.InnerException is { } inner => $"network error: {h.Message} ({inner.Message})",
        HttpRequestException h => $"network error: {h.Message}",
        IOException io => $"connection broke: {io.Message}",
        _ => e.Message,
    };
}
