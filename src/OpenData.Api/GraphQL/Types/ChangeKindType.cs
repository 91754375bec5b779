using GraphQL.Types;
using OpenData.Core.Model;

namespace OpenData.Api.GraphQL.Types;

public sealed class ChangeKindType : EnumerationGraphType<ChangeKind>
{
    public ChangeKindType()
    {
        Name = "ChangeKind";
        Description = "What a change did. The removals (PROMISE_REMOVED, LOFTE_WITHDRAWN, LOFTE_SUPERSEDED) are in the feed too, so a copy can follow.";
        this.Describe(ChangeKind.LofteAdded, "A löfte was read for the first time.");
        this.Describe(ChangeKind.LofteSuperseded, "A löfte for a later period of the same kommuner replaced this one: `after` is the new löfte's key.");
        this.Describe(ChangeKind.LofteWithdrawn, "A löfte was taken down and nothing replaced it.");
        this.Describe(ChangeKind.PromiseAdded, "A promise appeared in its löfte's text: `after` is its text.");
        this.Describe(ChangeKind.PromiseChanged, "A promise was reworded: `before` and `after` are the two texts; its id stays.");
        this.Describe(ChangeKind.PromiseStatusChanged, "A published follow-up gave a promise another status, or its first: `before` and `after` are the status words (done, partly, ongoing, not_done, cancelled; null for none).");
        this.Describe(ChangeKind.PromiseReclassified, "A promise's themes changed after the taxonomy's lexicon changed (`reclassify`): `before` and `after` are its theme codes, comma-separated.");
        this.Describe(ChangeKind.ReadingCorrected, "A person corrected the reading of one of the löfte's documents by hand, from a reviewed correction file: `after` is the reason and who reviewed it.");
        this.Describe(ChangeKind.PromiseRemoved, "A newer text of the same source no longer states the promise: `before` is its last text.");
    }
}
