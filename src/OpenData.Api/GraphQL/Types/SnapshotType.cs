using GraphQL.Types;
using OpenData.Api.Archive;
using OpenData.Api.Features.Documents;

namespace OpenData.Api.GraphQL.Types;

public sealed class SnapshotType : ObjectGraphType<SnapshotView>
{
    public SnapshotType()
    {
        Name = "Snapshot";
        Description = "One fetch of a source, and where its archived body is served.";
        Field<NonNullGraphType<DateTimeGraphType>>("fetchedAt").Description("When the body was read.").Resolve(c => c.Source.FetchedAt);
        Field<StringGraphType>("url").Description("The address it was read from, where known.").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<StringGraphType>>("sha256").Description("SHA-256 of the body, lower-case hex.").Resolve(c => c.Source.Sha256);
        Field<NonNullGraphType<StringGraphType>>("contentType").Description("The content type as served.").Resolve(c => c.Source.ContentType);
        Field<NonNullGraphType<StringGraphType>>("archiveUrl").Description("Where this API serves the body exactly as it was fetched (an absolute address).").Resolve(c => c.Link(ArchiveEndpoint.PathOf(c.Source.Sha256)));
        Field<StringGraphType>("attribution").Description("The credit owed to the publisher.").Resolve(c => c.Source.Attribution);
    }
}
