using System.Linq.Expressions;
using OpenData.Api.Features.Filtering;
using OpenData.Api.Features.FollowUps;
using OpenData.Api.Features.Loften;
using OpenData.Core.Model;

namespace OpenData.Api.Features.Promises;

/// <summary>Which promises to list: by the löfte's kommun, län and year, by theme and actor, combined with and/or.</summary>
public sealed record PromiseFilter
{
    public StringOperation? Kommun { get; init; }
    public StringOperation? Lan { get; init; }
    public IntOperation? Year { get; init; }

    /// <summary>A theme code of the taxonomy.</summary>
    public StringOperation? Theme { get; init; }

    public Actor? Actor { get; init; }

    /// <summary>The verdict of the promise's latest published follow-up.</summary>
    public FollowUpStatus? Status { get; init; }

    /// <summary>True for promises with a published follow-up; false for those without ("ingen uppföljning publicerad").</summary>
    public bool? FollowedUp { get; init; }

    /// <summary>True for promises withdrawn from their löfte; false (the default view) for those in force.</summary>
    public bool? Withdrawn { get; init; }

    public IReadOnlyList<PromiseFilter>? And { get; init; }
    public IReadOnlyList<PromiseFilter>? Or { get; init; }

    /// <summary>
    /// Whether the filter says anything of withdrawal, here or in a nested and/or. Only a filter that says nothing gets
    /// the default view, the promises in force: `or: [{ withdrawn: true }, …]` must be able to find withdrawn ones.
    /// </summary>
    public bool SpeaksOfWithdrawal =>
        Withdrawn is not null || (And?.Any(f => f.SpeaksOfWithdrawal) ?? false) || (Or?.Any(f => f.SpeaksOfWithdrawal) ?? false);

    public Expression<Func<Promise, bool>>? ToPredicate()
    {
        // Kommun, län and year are the löfte's: the löften's own filter decides them, on the promise's löfte.
        // It names no status, so no year to count one from.
        var lofte = new LofteFilter { Kommun = Kommun, Lan = Lan, Year = Year }.ToPredicate(thisYear: 0);
        var theme = Theme?.On<PromiseTheme>(t => t.ThemeCode);
        var actor = Actor;
        var withdrawn = Withdrawn;
        var followedUp = FollowedUp;
        return Predicates.All(
        [
            Predicates.Apply<Promise, Lofte>(p => p.Lofte!, lofte),
            theme is null ? null : p => p.Themes.AsQueryable().Any(theme),
            actor is null ? null : p => p.Actors.Any(a => a.Actor == actor),
            withdrawn is null ? null : withdrawn.Value ? p => p.WithdrawnAt != null : p => p.WithdrawnAt == null,
            Status is { } status ? FollowUpQueries.HasStatus(status) : null,
            followedUp is null ? null : followedUp.Value ? p => p.FollowUps.Any() : p => !p.FollowUps.Any(),
            And is null ? null : Predicates.All(And.Select(f => f.ToPredicate())),
            Or is null ? null : Predicates.Any(Or.Select(f => f.ToPredicate())),
        ]);
    }
}
