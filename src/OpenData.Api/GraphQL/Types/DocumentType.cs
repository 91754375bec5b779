using OpenData.Api.Http;
using GraphQL.Types;
using OpenData.Api.Features.Documents;
using OpenData.Api.Features.FollowUps;
using OpenData.Api.Protection;

namespace OpenData.Api.GraphQL.Types;

public sealed class DocumentType : ObjectGraphType<DocumentView>
{
    public DocumentType()
    {
        Name = "Document";
        Description = "What one fetched page or file said: its kind, title and date, and the snapshot it was read from.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode("Document", c.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Field<NonNullGraphType<DocumentKindType>>("kind").Description("The löfte itself, news about it, or a follow-up.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The document's own heading.").Resolve(c => c.Source.Title);
        Field<CalendarDateGraphType>("published").Description("The publication date the page states; null where it states none.").Resolve(c => c.Source.Published);
        Field<StringGraphType>("url").Description("The address it was read from; null for a recorded page whose address was not kept.").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<DateTimeGraphType>>("readAt").Description("When the snapshot was read into this document (UTC): at its harvest, or later by a newer extractor.").Resolve(c => c.Source.ReadAt);
        Field<NonNullGraphType<DateTimeGraphType>>("changedAt")
            .Description("When its data last changed (UTC), from the change feed: when a reading of its content (the first, a hand correction, a newer extractor) last changed what was read from it; its fetch time where no change names it. An unchanged source makes no new document, so a harvest that reads it again moves nothing.")
            .Resolve(c => c.Source.ChangedAt);
        Field<NonNullGraphType<StringGraphType>>("extractorVersion").Description("Which version of the extractor read it, e.g. \"extract-2\".").Resolve(c => c.Source.ExtractorVersion);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("How sure the reader was of this reading, 0..1 (1: nothing gave it doubt).").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<BooleanGraphType>>("uncertain").Description("Whether the confidence is below 0.7, so that a person should check the reading first.").Resolve(c => c.Source.Uncertain);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UncertainReasonType>>>>("uncertainReasons").Description("Why the reader was not surer, most serious first.").Resolve(c => c.Source.UncertainReasons);
        Field<CorrectionType>("correction").Description("How a person corrected the reading by hand, with the reason; null where nobody did.").Resolve(c => c.Source.Correction);
        Field<NonNullGraphType<SnapshotType>>("snapshot").Description("The fetch it was read from.").Resolve(c => c.Source.Snapshot);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("people")
            .Description("The people it names, with role and organisation.")
            .ExpectItems(ListSizes.PeopleOfDocument)
            .Resolve(c => c.Load((DocumentLoaders l) => l.PeopleOfDocument, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpType>>>>("followUps")
            .Description("What a follow-up reports, item by item, those that matched no promise included (their `promise` is null).")
            .ExpectItems(ListSizes.FollowUpsOfDocument)
            .Resolve(c => c.Load((FollowUpLoaders l) => l.FollowUpsOfDocument, c.Source.Id));
    }
}
