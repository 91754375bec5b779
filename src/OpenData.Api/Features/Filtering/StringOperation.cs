using System.Linq.Expressions;

namespace OpenData.Api.Features.Filtering;

/// <summary>Operations on a string field, as HotChocolate's StringOperationFilterInput names them.</summary>
public sealed record StringOperation
{
    public string? Eq { get; init; }
    public string? Neq { get; init; }
    public IReadOnlyList<string>? In { get; init; }
    public IReadOnlyList<string>? Nin { get; init; }
    public string? Contains { get; init; }
    public string? StartsWith { get; init; }

    /// <summary>The predicate over <paramref name="field"/>; null when no operation is set.</summary>
    public Expression<Func<T, bool>>? On<T>(Expression<Func<T, string>> field)
    {
        var parts = new List<Expression<Func<string, bool>>>();
        if (Eq is { } eq) parts.Add(v => v == eq);
        if (Neq is { } neq) parts.Add(v => v != neq);
        if (In is { } @in) { var values = FilterSize.Checked(@in, "in"); parts.Add(v => values.Contains(v)); }
        if (Nin is { } nin) { var excluded = FilterSize.Checked(nin, "nin"); parts.Add(v => !excluded.Contains(v)); }
        if (Contains is { } contains) parts.Add(v => v.Contains(contains));
        if (StartsWith is { } prefix) parts.Add(v => v.StartsWith(prefix));
        return Predicates.Apply(field, Predicates.All(parts));
    }
}
