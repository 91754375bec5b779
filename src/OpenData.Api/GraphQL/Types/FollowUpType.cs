using GraphQL.Types;
using OpenData.Api.Features.Documents;
using OpenData.Api.Features.FollowUps;
using OpenData.Api.Features.Promises;

namespace OpenData.Api.GraphQL.Types;

public sealed class FollowUpType : ObjectGraphType<FollowUpView>
{
    public FollowUpType()
    {
        Name = "FollowUp";
        Description = "One item a published follow-up (uppföljning) reports, with the archived document it was read from. Self-reported: `reportedBy` says by whom.";
        Field<NonNullGraphType<FollowUpStatusType>>("status").Description("The verdict the text reports.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("text").Description("What the report says, as published.").Resolve(c => c.Source.Text);
        Field<StringGraphType>("subject").Description("The heading it stands under (\"Trafiksäkerhet\").").Resolve(c => c.Source.Subject);
        Field<StringGraphType>("period").Description("The period it covers, as written (\"maj-dec 2018\").").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<ActorType>>("reportedBy").Description("Who publishes the report: POLIS (polisen.se) or KOMMUN (its own site).").Resolve(c => c.Source.ReportedBy);
        Field<NonNullGraphType<FloatGraphType>>("matchScore")
            .Description("How well the text matched its promise, 0–1; for an unmatched report, its nearest promise's score (below the threshold).")
            .Resolve(c => c.Source.MatchScore);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("decidedBy").Description("The words of the text that decided the status.").Resolve(c => c.Source.DecidedBy);
        Field<IntGraphType>("count").Description("A number reported done (\"12 trafikinsatser\").").Resolve(c => c.Source.Count);
        Field<StringGraphType>("countUnit").Description("What that number counts.").Resolve(c => c.Source.CountUnit);
        Field<FloatGraphType>("shareOfTarget")
            .Description("The count against the promise's target: 3.0 is 300 % (12 reported against \"minst 4\"). Null where the units differ or there is no target.")
            .Resolve(c => c.Source.ShareOfTarget);
        Field<PromiseType>("promise").Description("The promise it reports on; null where it matched none, and is shown as such.")
            .Resolve(c => c.Source.PromiseId is { } id ? c.Load((PromiseLoaders l) => l.Promise, id) : null);
        Field<NonNullGraphType<DocumentType>>("document").Description("The follow-up it was read from, with its archived snapshot.")
            .Resolve(c => c.Load((DocumentLoaders l) => l.Document, c.Source.DocumentId));
    }
}
