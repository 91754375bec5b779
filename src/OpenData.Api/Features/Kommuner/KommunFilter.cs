using System.Linq.Expressions;
using OpenData.Api.Features.Filtering;
using OpenData.Core.Model;

namespace OpenData.Api.Features.Kommuner;

/// <summary>Which kommuner to list: by code, name or län, combined with and/or.</summary>
public sealed record KommunFilter
{
    public StringOperation? Code { get; init; }
    public StringOperation? Name { get; init; }

    /// <summary>The län's two-digit code.</summary>
    public StringOperation? Lan { get; init; }

    public IReadOnlyList<KommunFilter>? And { get; init; }
    public IReadOnlyList<KommunFilter>? Or { get; init; }

    public Expression<Func<Kommun, bool>>? ToPredicate() => Predicates.All(
    [
        Code?.On<Kommun>(k => k.Code),
        Name?.On<Kommun>(k => k.Name),
        Lan?.On<Kommun>(k => k.LanCode),
        And is null ? null : Predicates.All(And.Select(f => f.ToPredicate())),
        Or is null ? null : Predicates.Any(Or.Select(f => f.ToPredicate())),
    ]);
}
