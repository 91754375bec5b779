using System.Linq.Expressions;

namespace OpenData.Api.Features.Filtering;

/// <summary>Operations on an integer field, as HotChocolate's IntOperationFilterInput names them.</summary>
public sealed record IntOperation
{
    public int? Eq { get; init; }
    public int? Neq { get; init; }
    public IReadOnlyList<int>? In { get; init; }
    public IReadOnlyList<int>? Nin { get; init; }
    public int? Gt { get; init; }
    public int? Gte { get; init; }
    public int? Lt { get; init; }
    public int? Lte { get; init; }

    public Expression<Func<T, bool>>? On<T>(Expression<Func<T, int>> field)
    {
        var parts = new List<Expression<Func<int, bool>>>();
        if (Eq is { } eq) parts.Add(v => v == eq);
        if (Neq is { } neq) parts.Add(v => v != neq);
        if (In is { } @in) { var values = FilterSize.Checked(@in, "in"); parts.Add(v => values.Contains(v)); }
        if (Nin is { } nin) { var excluded = FilterSize.Checked(nin, "nin"); parts.Add(v => !excluded.Contains(v)); }
        if (Gt is { } gt) parts.Add(v => v > gt);
        if (Gte is { } gte) parts.Add(v => v >= gte);
        if (Lt is { } lt) parts.Add(v => v < lt);
        if (Lte is { } lte) parts.Add(v => v <= lte);
        return Predicates.Apply(field, Predicates.All(parts));
    }
}
