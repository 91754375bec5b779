using GraphQL.Types;
using OpenData.Api.Features.Changes;
using OpenData.Api.Features.Loften;
using OpenData.Api.Features.Documents;
using OpenData.Api.Features.Promises;

namespace OpenData.Api.GraphQL.Types;

public sealed class ChangeType : ObjectGraphType<ChangeView>
{
    public ChangeType()
    {
        Name = "Change";
        Description = "One change a harvest recorded, with the snapshots on either side: the feed a copy of the data follows.";
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When the harvest recorded it.").Resolve(c => c.Source.At);
        Field<NonNullGraphType<ChangeKindType>>("kind").Description("What changed.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<LofteType>>("lofte").Description("The löfte that changed, or whose promise did.").Resolve(c => c.LoadLofte(c.Source.LofteId));
        Field<PromiseType>("promise")
            .Description("The promise, for a PROMISE_ change (a removed one too, with its withdrawnAt set); null for a LOFTE_ change.")
            .Resolve(c => c.Source.PromiseId is { } id ? c.Load((PromiseLoaders l) => l.Promise, id) : null);
        Field<StringGraphType>("before").Description("The text or key before the change; null for an addition.").Resolve(c => c.Source.Before);
        Field<StringGraphType>("after").Description("The text or key after the change; null for a removal.").Resolve(c => c.Source.After);
        Field<SnapshotType>("fromSnapshot")
            .Description("The snapshot the earlier state was read from, where there was one.")
            .Resolve(c => c.Source.FromSnapshotId is { } id ? c.Load((DocumentLoaders l) => l.Snapshot, id) : null);
        Field<SnapshotType>("toSnapshot")
            .Description("The snapshot that showed the change.")
            .Resolve(c => c.Source.ToSnapshotId is { } id ? c.Load((DocumentLoaders l) => l.Snapshot, id) : null);
    }
}
