using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace OpenData.Api.Tests.Fixtures;

/// <summary>
/// How SQLite would run a statement (<c>EXPLAIN QUERY PLAN</c>), its parameters unbound: its plan is made before any
/// value is known.
/// </summary>
public sealed partial class QueryPlan
{
    private readonly IReadOnlyList<string> _steps;

    private QueryPlan(IReadOnlyList<string> steps) => _steps = steps;

    public static async Task<QueryPlan> OfAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            command.Parameters.AddWithValue(name, DBNull.Value);
        }
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }
        return new QueryPlan(steps);
    }

    /// <summary>
    /// Whether every table is searched by a key or an index: a step that scans is one over a subquery's rows the plan
    /// built itself (their cost is that of the steps that built them) or over a list of keys given.
    /// </summary>
    public bool ReadsNoTableWhole
    {
        get
        {
            var built = _steps.Select(s => Built().Match(s)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
            return _steps.Select(s => Scan().Match(s)).Where(m => m.Success)
                .All(m => built.Contains(m.Groups[1].Value) || m.Value.Contains("VIRTUAL TABLE", StringComparison.Ordinal));
        }
    }

    public override string ToString() => string.Join('\n', _steps);

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"^(?:MATERIALIZE|CO-ROUTINE) (\S+)")]
    private static partial Regex Built();

    [GeneratedRegex(@"^SCAN (\S+).*")]
    private static partial Regex Scan();
}
