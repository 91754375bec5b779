using System.Data.Common;
using Npgsql;

namespace OpenData.Core.Storage.Postgres;

/// <summary>
/// What this service adds to a PostgreSQL connection string, each only where the string does not set it itself:
/// <list type="bullet">
/// <item><c>Max Auto Prepare=64;Auto Prepare Min Usages=2</c>: a statement sent twice is prepared on that
/// connection, and stays prepared while the pool keeps the connection. Unprepared, the server parsed and planned
/// each of a kommun page's ten statements again (0.8 ms each, against 0.08 ms prepared, measured with pgbench on
/// the bench's 100× data): half the CPU of the machine went to PostgreSQL.</item>
/// <item><c>Options=-c plan_cache_mode=force_generic_plan</c>: every statement this service sends is a lookup by
/// keys, so one plan serves every execution. Left to choose, PostgreSQL found its generic plan dearer than a plan for
/// the given keys (it cannot see how few keys an array holds) and planned again at every execution, which is most of
/// what preparing saves.</item>
/// <item><c>Maximum Pool Size</c> four per processor of this machine (Npgsql's default is 100): more statements at
/// once than the processors can run only make the server's processes take the processors from each other, and the
/// requests wait in the pool's queue instead. bench/api's kommun query at 32 connections (100× data, 2 processors):
/// 1,000 requests/s with p99 272 ms at 100; 1,290 (p99 49 ms) at 4, 1,550 (p99 39 ms) at 8, 1,110 (p99 66 ms) at 16.
/// A request reads through one connection at a time (the API's ReadContexts), so requests wait for the pool, never
/// for each other.</item>
/// <item><c>Minimum Pool Size</c> the same as the maximum: the pool keeps the connections it opened, as HikariCP's
/// default does. On this service's machine a new connection cost 18 ms to open (pgbench <c>-C</c>) and the first
/// statements on its fresh server process about 30 ms more. With a pool that gave back its idle connections after
/// ten seconds, a reader asking once every fifteen seconds waited 41–64 ms for each kommun page, against
/// 11–33 ms with the connections kept; and bench/api's kommun query at 32 connections, thirty seconds after the last
/// burst, had p99 75–107 ms, against 43–49 ms. The cost is paid elsewhere: Npgsql lends idle connections first in,
/// first out, so one client after a burst goes round all of them, and answered about 560 requests/s against 760
/// with one connection left (100× data, five runs each).</item>
/// </list>
/// Measured on bench/api's kommun query (PostgreSQL, 100× data, 32 connections): 230 requests/s untuned, 360 with
/// preparing alone, 500 with both.
/// </summary>
public static class PostgresConnectionTuning
{
    private const string PlanCacheMode = "plan_cache_mode";

    private const int PoolSizePerProcessor = 4;

    /// <summary>The connection string with this service's settings added where it sets none of its own.</summary>
    /// <exception cref="InvalidOperationException">Npgsql cannot read the string, or its pool is too small to start with.</exception>
    public static string Apply(string connectionString)
    {
        HashSet<string> given;
        NpgsqlConnectionStringBuilder tuned;
        try
        {
            given = Given(connectionString);
            tuned = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{StorageSettings.ConnectionStringName} is not a connection string Npgsql reads ({e.Message}); " +
                "its keywords are at https://www.npgsql.org/doc/connection-string-parameters.html (the pool's size, for one, is \"Maximum Pool Size\").", e);
        }
        if (given.Contains("maximumpoolsize") || given.Contains("maxpoolsize"))
        {
            if (tuned.MaxPoolSize < 2)
            {
                throw new InvalidOperationException(
                    $"ConnectionStrings:{StorageSettings.ConnectionStringName} sets Maximum Pool Size {tuned.MaxPoolSize}; it must be at least 2: " +
                    "while it starts, the service holds a lock on one connection and brings the database up to date on another.");
            }
        }
        else
        {
            tuned.MaxPoolSize = Math.Max(PoolSizePerProcessor * Environment.ProcessorCount, tuned.MinPoolSize);
        }
        if (!given.Contains("maxautoprepare"))
        {
            tuned.MaxAutoPrepare = 64;
        }
        if (!given.Contains("autoprepareminusages"))
        {
            tuned.AutoPrepareMinUsages = 2;
        }
        if (!given.Contains("minimumpoolsize") && !given.Contains("minpoolsize"))
        {
            tuned.MinPoolSize = tuned.MaxPoolSize;
        }
        if (tuned.Options?.Contains(PlanCacheMode, StringComparison.OrdinalIgnoreCase) != true)
        {
            tuned.Options = string.IsNullOrWhiteSpace(tuned.Options)
                ? $"-c {PlanCacheMode}=force_generic_plan"
                : $"{tuned.Options} -c {PlanCacheMode}=force_generic_plan";
        }
        return tuned.ConnectionString;
    }

    /// <summary>The keywords the string sets, as Npgsql reads them: in any case, with or without spaces.</summary>
    private static HashSet<string> Given(string connectionString)
    {
        var parsed = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return parsed.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()).ToHashSet();
    }
}
