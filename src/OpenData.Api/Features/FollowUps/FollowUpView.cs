using OpenData.Core.Model;

namespace OpenData.Api.Features.FollowUps;

/// <summary>One reported item of a published follow-up, as the API shows it; <see cref="PromiseId"/> null where it matched no promise.</summary>
public sealed record FollowUpView(
    int Id, int DocumentId, int? PromiseId, int Ordinal, string? Subject, string Text, string? Period, DateOnly? CoversUntil,
    FollowUpStatus Status, IReadOnlyList<string> DecidedBy, Actor ReportedBy, double MatchScore, int? Count, string? CountUnit,
    double? ShareOfTarget, DateTime FetchedAt, string? Sha256);
